using System.Text.Json;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Storage;
using Microsoft.Extensions.AI;

namespace AgentHost.Agents.Tests.Runtime;

public sealed class FollowUpRecorderTests : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("agenthost-followup-");
    private AgentStorage _storage = null!;

    public async Task InitializeAsync() =>
        _storage = await AgentStorage.OpenAsync(new StorageOptions { DataDirectory = _data.FullName }, null, CancellationToken.None);

    public Task DisposeAsync()
    {
        _storage.Dispose();
        _data.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Inr_readings_and_growth_measurements_from_tool_calls_become_the_patient_context()
    {
        var recorder = new FollowUpRecorder(_storage.FollowUps, TimeProvider.System);
        var inr = Call("inr_check", """{"position":"mitral","readings":[{"date":"2026-11-10","inr":2.4},{"date":"2026-11-20","inr":4.6}]}""");
        await recorder.RecordAsync("subject-7", "cardiac-valve-followup", inr, CancellationToken.None);
        await recorder.RecordAsync("subject-7", "cardiac-valve-followup", inr, CancellationToken.None);
        await recorder.RecordAsync("subject-7", "child-growth",
            Call("growth_assess", """{"sex":"female","age_days":1100,"measure_date":"2026-11-01","height_cm":92.5,"weight_kg":13.1}"""), CancellationToken.None);

        var readings = await _storage.FollowUps.ListAsync("subject-7", MeasurementKinds.Inr, null, CancellationToken.None);
        Assert.Equal([2.4, 4.6], readings.Select(r => r.Value));
        Assert.Equal("inr: 2.4 (2026-11-10), 4.6 (2026-11-20); height_cm: 92.5 (2026-11-01); weight_kg: 13.1 (2026-11-01)",
            await recorder.DescribeAsync("subject-7", CancellationToken.None));
        Assert.Equal("", await recorder.DescribeAsync("someone-else", CancellationToken.None));
    }

    private static FunctionCallContent Call(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return new FunctionCallContent("c", name, document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()));
    }
}
