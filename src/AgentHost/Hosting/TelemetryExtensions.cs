using AgentHost.Inference.Engine;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace AgentHost.Hosting;

public static class TelemetryExtensions
{
    /// <summary>
    /// Exports metrics over OTLP when <c>Telemetry:OtlpEndpoint</c> is set: the engine's (GenAI semantic conventions:
    /// gen_ai.server.time_to_first_token, time_per_output_token, request.duration, gen_ai.client.token.usage; queue
    /// depth, active sequences) and ASP.NET Core's request metrics by route template. No message content, no prompt,
    /// no patient text is ever a metric value or attribute.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            return builder;
        }

        if (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) || options.ExportIntervalSeconds < 1)
        {
            throw new InvalidOperationException("Telemetry:OtlpEndpoint must be an absolute http(s) address and Telemetry:ExportIntervalSeconds at least 1.");
        }

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(InferenceEngine.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddOtlpExporter((exporter, reader) =>
            {
                exporter.Endpoint = new Uri(endpoint, "v1/metrics");
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.ExportIntervalSeconds * 1000;
            }));
        return builder;
    }
}
