using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Engine;

/// <summary>
/// Checks a model path before llama.cpp sees it, so the common mistakes (wrong path, wrong file, cut-off download)
/// get a message that says which, instead of llama.cpp's generic failure.
/// </summary>
internal static class ModelFileCheck
{
    private static ReadOnlySpan<byte> Magic => "GGUF"u8;

    public static void ThrowIfUnusable(string path)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new ModelLoadException("model_not_found", $"The model path '{path}' is a directory; point Inference:ModelPath at a .gguf file.");
        }

        if (!File.Exists(path))
        {
            throw new ModelLoadException("model_not_found", $"The model file '{path}' does not exist.");
        }

        Span<byte> header = stackalloc byte[4];
        using (var stream = File.OpenRead(path))
        {
            if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4 || !header.SequenceEqual(Magic))
            {
                throw new ModelLoadException("model_not_gguf", $"'{name}' is not a GGUF model file (it does not start with the GGUF magic).");
            }
        }

        try
        {
            // Reads the header and tensor index only: a cut-off download is caught here, before llama.cpp maps it.
            GgufReader.Read(path);
        }
        catch (GgufFormatException ex)
        {
            var code = ex.Code == GgufErrorCodes.Truncated ? "model_truncated"
                : ex.Code == GgufErrorCodes.UnsupportedVersion ? "model_unsupported"
                : "model_invalid";
            throw new ModelLoadException(code, ex.Message, ex);
        }
    }
}
