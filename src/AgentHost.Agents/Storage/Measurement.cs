namespace AgentHost.Agents.Storage;

/// <summary>A stored measurement. Times are UTC.</summary>
public sealed record Measurement(
    long Id,
    string SubjectId,
    string Kind,
    double Value,
    string Unit,
    DateTimeOffset MeasuredAt,
    MeasurementSource Source,
    string AgentId,
    DateTimeOffset RecordedAt);
