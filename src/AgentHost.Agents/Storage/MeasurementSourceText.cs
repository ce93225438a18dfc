namespace AgentHost.Agents.Storage;

/// <summary>The stored names of <see cref="MeasurementSource"/>; fixed, so renaming the enum never changes the data.</summary>
internal static class MeasurementSourceText
{
    public static string ToText(MeasurementSource source) => source switch
    {
        MeasurementSource.PatientReported => "patient_reported",
        MeasurementSource.Tool => "tool",
        MeasurementSource.Import => "import",
        _ => throw new InvalidStorageRecordException("Source must be PatientReported, Tool or Import."),
    };

    public static MeasurementSource Parse(string text) => text switch
    {
        "patient_reported" => MeasurementSource.PatientReported,
        "tool" => MeasurementSource.Tool,
        "import" => MeasurementSource.Import,
        _ => throw new StorageException("storage_corrupt", "A stored measurement has an unknown source; the database was changed outside AgentHost."),
    };
}
