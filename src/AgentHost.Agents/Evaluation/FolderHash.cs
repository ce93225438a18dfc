using System.Security.Cryptography;
using System.Text;

namespace AgentHost.Agents.Evaluation;

/// <summary>SHA-256 over a folder's file names and contents: the knowledge version stamped on a report.</summary>
public static class FolderHash
{
    public static string Of(string? directory)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return "none";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
