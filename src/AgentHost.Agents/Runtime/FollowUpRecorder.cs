using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentHost.Agents.Storage;
using Microsoft.Extensions.AI;

namespace AgentHost.Agents.Runtime;

/// <summary>
/// Keeps a subject's follow-up record in step with the tools: measurements a tool accepted (INR readings, heights,
/// weights, head circumferences) are recorded, and the recent record becomes the turn's patient context, so an agent
/// sees the trend across visits. Only for pseudonymous subjects (a request with a subject id).
/// </summary>
internal sealed class FollowUpRecorder(FollowUpStore store, TimeProvider time)
{
    private static readonly string[] Kinds = [MeasurementKinds.Inr, MeasurementKinds.HeightCm, MeasurementKinds.WeightKg, MeasurementKinds.HeadCircumferenceCm];

    /// <summary>Records what a successful tool call measured.</summary>
    public async Task RecordAsync(string subjectId, string agentId, FunctionCallContent call, CancellationToken cancellationToken)
    {
        foreach (var measurement in Extract(subjectId, agentId, call))
        {
            var sameDay = await store.ListAsync(subjectId, measurement.Kind, measurement.MeasuredAt, cancellationToken).ConfigureAwait(false);
            if (sameDay.Any(m => m.MeasuredAt == measurement.MeasuredAt && m.Value.Equals(measurement.Value)))
            {
                continue; // The same reading, repeated in a later turn.
            }

            await store.AddAsync(measurement, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The subject's recent measurements as plain facts for {{patient_context}}; empty when none.</summary>
    public async Task<string> DescribeAsync(string subjectId, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var kind in Kinds)
        {
            var values = await store.ListAsync(subjectId, kind, since: null, cancellationToken).ConfigureAwait(false);
            if (values.Count == 0)
            {
                continue;
            }

            var recent = values.TakeLast(kind == MeasurementKinds.Inr ? 6 : 3)
                .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Value:0.##} ({m.MeasuredAt:yyyy-MM-dd})"));
            text.Append(kind).Append(": ").AppendJoin(", ", recent).Append("; ");
        }

        return text.ToString().TrimEnd(' ', ';');
    }

    private IEnumerable<NewMeasurement> Extract(string subjectId, string agentId, FunctionCallContent call)
    {
        var arguments = call.Arguments ?? new Dictionary<string, object?>();
        if (call.Name == "inr_check" && Element(arguments, "readings") is { ValueKind: JsonValueKind.Array } readings)
        {
            foreach (var reading in readings.EnumerateArray())
            {
                if (reading.TryGetProperty("inr", out var inr) && inr.TryGetDouble(out var value) && Date(reading, "date") is { } date)
                {
                    yield return new NewMeasurement(subjectId, MeasurementKinds.Inr, value, "1", date, MeasurementSource.PatientReported, agentId);
                }
            }
        }
        else if (call.Name == "growth_assess")
        {
            var measuredAt = arguments.TryGetValue("measure_date", out var raw) && raw is JsonElement { ValueKind: JsonValueKind.String } s
                && DateTimeOffset.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : time.GetUtcNow();
            foreach (var (argument, kind, unit) in new[] { ("height_cm", MeasurementKinds.HeightCm, "cm"), ("weight_kg", MeasurementKinds.WeightKg, "kg"), ("head_circumference_cm", MeasurementKinds.HeadCircumferenceCm, "cm") })
            {
                if (Element(arguments, argument) is { ValueKind: JsonValueKind.Number } number && number.TryGetDouble(out var value))
                {
                    yield return new NewMeasurement(subjectId, kind, value, unit, measuredAt, MeasurementSource.PatientReported, agentId);
                }
            }
        }
    }

    private static JsonElement? Element(IDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) ? value switch
        {
            JsonElement element => element,
            null => null,
            var other => JsonSerializer.SerializeToElement(other),
        } : null;

    private static DateTimeOffset? Date(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date : null;
}
