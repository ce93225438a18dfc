namespace AgentHost.Agents.Storage;

/// <summary>Where a measurement came from; stored as snake_case text.</summary>
public enum MeasurementSource
{
    /// <summary>The patient (or a parent) typed it into the chat.</summary>
    PatientReported,

    /// <summary>A clinical tool derived or recorded it.</summary>
    Tool,

    /// <summary>Loaded from a hospital system.</summary>
    Import,
}
