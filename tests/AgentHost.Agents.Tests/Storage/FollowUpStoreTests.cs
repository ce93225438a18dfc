using AgentHost.Agents.Storage;

namespace AgentHost.Agents.Tests.Storage;

public sealed class FollowUpStoreTests
{
    private static readonly DateTimeOffset s_day = new(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Measurements_list_in_date_order_whatever_the_order_they_were_added_in()
    {
        using var temp = await TempStorage.OpenAsync();
        var store = temp.Storage.FollowUps;
        await store.AddAsync(Inr("subj-1", 3.9, s_day.AddDays(14)), CancellationToken.None);
        await store.AddAsync(Inr("subj-1", 2.4, s_day), CancellationToken.None);
        await store.AddAsync(Inr("subj-1", 3.1, s_day.AddDays(7)), CancellationToken.None);
        await store.AddAsync(Inr("subj-2", 1.2, s_day.AddDays(1)), CancellationToken.None);
        await store.AddAsync(Inr("subj-1", 118.5, s_day.AddDays(1)) with { Kind = MeasurementKinds.HeightCm, Unit = "cm" }, CancellationToken.None);

        var series = await store.ListAsync("subj-1", MeasurementKinds.Inr, null, CancellationToken.None);

        Assert.Equal([2.4, 3.1, 3.9], series.Select(m => m.Value));
        Assert.All(series, m => Assert.Equal(TimeSpan.Zero, m.MeasuredAt.Offset));
        Assert.Equal(s_day, series[0].MeasuredAt);
    }

    [Fact]
    public async Task Since_limits_the_series_and_latest_is_by_measurement_date()
    {
        using var temp = await TempStorage.OpenAsync();
        var store = temp.Storage.FollowUps;
        await store.AddAsync(Inr("subj-1", 2.4, s_day), CancellationToken.None);
        await store.AddAsync(Inr("subj-1", 3.9, s_day.AddDays(14)), CancellationToken.None);
        await store.AddAsync(Inr("subj-1", 3.1, s_day.AddDays(7)), CancellationToken.None);

        var recent = await store.ListAsync("subj-1", MeasurementKinds.Inr, s_day.AddDays(7), CancellationToken.None);
        var latest = await store.GetLatestAsync("subj-1", MeasurementKinds.Inr, CancellationToken.None);

        Assert.Equal([3.1, 3.9], recent.Select(m => m.Value));
        Assert.Equal(3.9, latest!.Value);
        Assert.Null(await store.GetLatestAsync("subj-1", MeasurementKinds.WeightKg, CancellationToken.None));
        Assert.Null(await store.GetLatestAsync("subj-9", MeasurementKinds.Inr, CancellationToken.None));
    }

    [Fact]
    public async Task A_measurement_reads_back_with_every_field_and_survives_a_restart()
    {
        using var temp = await TempStorage.OpenAsync();
        var added = await temp.Storage.FollowUps.AddAsync(
            new NewMeasurement("child-42", MeasurementKinds.HeadCircumferenceCm, 44.25, "cm", s_day, MeasurementSource.PatientReported, "child-growth"),
            CancellationToken.None);

        await temp.ReopenAsync();
        var read = await temp.Storage.FollowUps.GetLatestAsync("child-42", MeasurementKinds.HeadCircumferenceCm, CancellationToken.None);

        Assert.Equal(added, read);
        Assert.Equal((44.25, "cm", MeasurementSource.PatientReported, "child-growth"), (read!.Value, read.Unit, read.Source, read.AgentId));
    }

    [Fact]
    public async Task Adding_is_audited_with_kind_and_source_but_not_the_value()
    {
        using var temp = await TempStorage.OpenAsync();

        var added = await temp.Storage.FollowUps.AddAsync(Inr("subj-1", 4.75, s_day), CancellationToken.None);

        var record = Assert.Single(await temp.Storage.Audit.ReadAsync(0, 10, CancellationToken.None));
        Assert.Equal(AuditEventTypes.MeasurementAdded, record.EventType);
        Assert.Equal("subj-1", record.SubjectId);
        Assert.Equal("inr", record.Details["kind"]);
        Assert.Equal("tool", record.Details["source"]);
        Assert.Equal(added.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.Details["measurement_id"]);
        Assert.DoesNotContain(record.Details.Values, v => v.Contains("4.75", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("INR", 2.0, "1")]
    [InlineData("inr level", 2.0, "1")]
    [InlineData("inr", double.NaN, "1")]
    [InlineData("inr", double.PositiveInfinity, "1")]
    [InlineData("inr", 2.0, "")]
    public async Task Malformed_measurements_are_refused(string kind, double value, string unit)
    {
        using var temp = await TempStorage.OpenAsync();

        await Assert.ThrowsAsync<InvalidStorageRecordException>(() => temp.Storage.FollowUps.AddAsync(
            Inr("subj-1", value, s_day) with { Kind = kind, Unit = unit },
            CancellationToken.None));
        Assert.Equal(0L, await temp.ScalarRawAsync("SELECT COUNT(*) FROM measurements;"));
    }

    [Fact]
    public async Task Forgetting_a_subject_removes_only_their_measurements()
    {
        using var temp = await TempStorage.OpenAsync();
        var store = temp.Storage.FollowUps;
        await store.AddAsync(Inr("subj-1", 2.4, s_day), CancellationToken.None);
        await store.AddAsync(Inr("subj-1", 2.6, s_day.AddDays(1)), CancellationToken.None);
        await store.AddAsync(Inr("subj-2", 2.8, s_day), CancellationToken.None);

        Assert.Equal(2, await store.DeleteSubjectAsync("subj-1", CancellationToken.None));

        Assert.Empty(await store.ListAsync("subj-1", MeasurementKinds.Inr, null, CancellationToken.None));
        Assert.Single(await store.ListAsync("subj-2", MeasurementKinds.Inr, null, CancellationToken.None));
        var last = (await temp.Storage.Audit.ReadAsync(0, 10, CancellationToken.None))[^1];
        Assert.Equal((AuditEventTypes.SubjectMeasurementsDeleted, "subj-1", "2"), (last.EventType, last.SubjectId, last.Details["measurements"]));
    }

    private static NewMeasurement Inr(string subject, double value, DateTimeOffset at) =>
        new(subject, MeasurementKinds.Inr, value, "1", at, MeasurementSource.Tool, "cardiac-valve-followup");
}
