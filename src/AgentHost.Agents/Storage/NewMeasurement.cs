namespace AgentHost.Agents.Storage;

/// <summary>A dated measurement of a pseudonymous subject, to record.</summary>
/// <param name="SubjectId">The pseudonymous subject id.</param>
/// <param name="Kind">snake_case, e.g. <see cref="MeasurementKinds.Inr"/>.</param>
/// <param name="Value">The measured value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">e.g. <c>cm</c>, <c>kg</c>, or <c>1</c> for a ratio such as INR.</param>
/// <param name="MeasuredAt">When it was measured (not when it was reported).</param>
/// <param name="Source">Who reported it.</param>
/// <param name="AgentId">The agent that recorded it.</param>
public sealed record NewMeasurement(
    string SubjectId,
    string Kind,
    double Value,
    string Unit,
    DateTimeOffset MeasuredAt,
    MeasurementSource Source,
    string AgentId);
