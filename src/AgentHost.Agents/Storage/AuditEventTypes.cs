namespace AgentHost.Agents.Storage;

/// <summary>The audit event types AgentHost writes. Any other snake_case name is accepted too.</summary>
public static class AuditEventTypes
{
    public const string TurnCommitted = "turn_committed";
    public const string ToolCall = "tool_call";
    public const string Escalation = "escalation";
    public const string FollowUpCompleted = "follow_up_completed";
    public const string SessionCreated = "session_created";
    public const string SessionDeleted = "session_deleted";
    public const string MeasurementAdded = "measurement_added";
    public const string SubjectMeasurementsDeleted = "subject_measurements_deleted";
    public const string PackageLoaded = "package_loaded";
}
