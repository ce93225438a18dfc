namespace AgentHost.Inference.Gguf;

/// <summary>The stable <see cref="AgentHost.Core.AgentHostException.Code"/> values a <see cref="GgufFormatException"/> carries.</summary>
public static class GgufErrorCodes
{
    /// <summary>The file does not exist.</summary>
    public const string FileNotFound = "gguf_file_not_found";

    /// <summary>The file exists but cannot be opened or read (permissions, I/O error).</summary>
    public const string Unreadable = "gguf_unreadable";

    /// <summary>The file does not start with the GGUF magic: it is not a GGUF file.</summary>
    public const string BadMagic = "gguf_bad_magic";

    /// <summary>The file ends before its header, metadata, tensor index or tensor data does.</summary>
    public const string Truncated = "gguf_truncated";

    /// <summary>A GGUF version this reader does not support (v1, big-endian, or newer than v3).</summary>
    public const string UnsupportedVersion = "gguf_unsupported_version";

    /// <summary>The structure is malformed: unknown value or tensor type, bad alignment, duplicate names, bad shape.</summary>
    public const string Invalid = "gguf_invalid";

    /// <summary>A metadata key the caller requires is absent.</summary>
    public const string MissingKey = "gguf_missing_key";

    /// <summary>A metadata key holds a value of another type than the caller requires.</summary>
    public const string WrongType = "gguf_wrong_type";
}
