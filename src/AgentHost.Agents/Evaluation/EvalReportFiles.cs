using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentHost.Agents.Evaluation;

/// <summary>Writes a report as report.json and report.md, and reads a report.json back as a baseline.</summary>
public static class EvalReportFiles
{
    public const string JsonFileName = "report.json";
    public const string MarkdownFileName = "report.md";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes both files into <paramref name="directory"/> (created if needed); returns the JSON path.</summary>
    public static async Task<string> WriteAsync(EvalReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var json = Path.Combine(directory, JsonFileName);
        var stream = File.Create(json);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, report, Json, cancellationToken).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, MarkdownFileName), EvalReportText.Markdown(report), cancellationToken).ConfigureAwait(false);
        return json;
    }

    public static async Task<EvalReport> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync<EvalReport>(stream, Json, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException($"'{path}' holds no evaluation report");
        }
    }
}
