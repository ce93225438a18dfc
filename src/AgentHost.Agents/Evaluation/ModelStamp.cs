using System.Security.Cryptography;
using AgentHost.Inference.Gguf;

namespace AgentHost.Agents.Evaluation;

/// <summary>Which model file a report was made with: a change of file or quantization shows up here.</summary>
public sealed record ModelStamp(string File, string? Name, string Architecture, string Quantization, string Sha256)
{
    public static async Task<ModelStamp> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var summary = ModelInspector.Inspect(path, cancellationToken);
        var stream = System.IO.File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return new ModelStamp(
                Path.GetFileName(path),
                summary.Name,
                summary.Architecture,
                summary.FileTypeName ?? (summary.FileType is { } type ? $"file type {type}" : "unknown (general.file_type missing)"),
                Convert.ToHexStringLower(hash));
        }
    }
}
