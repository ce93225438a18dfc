namespace AgentHost.Hosting;

/// <summary>
/// The <c>Telemetry</c> section. Metrics leave the host only when <see cref="OtlpEndpoint"/> names a collector —
/// the hospital's own, inside its network; by default nothing is sent anywhere.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>OTLP/HTTP collector base address, e.g. http://otel-collector:4318. Empty: no export.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Seconds between metric exports.</summary>
    public int ExportIntervalSeconds { get; set; } = 30;
}
