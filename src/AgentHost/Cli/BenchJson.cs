using System.Text.Json;

namespace AgentHost.Cli;

internal static class BenchJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
