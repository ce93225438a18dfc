using AgentHost.Core;

namespace AgentHost.Agents.Safety;

/// <summary>
/// A safety policy or lexicon that cannot be loaded. The message names the file and line; it never carries
/// patient text.
/// </summary>
public sealed class SafetyPolicyException : AgentHostException
{
    public SafetyPolicyException(string file, int? line, string problem, Exception? innerException = null)
        : base("invalid_safety_policy", Format(file, line, problem), innerException)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file at fault (as given to the loader, or resolved from it).</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault; null when the whole file is at fault (e.g. it is missing).</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    public override int StatusCode => 500;

    private static string Format(string file, int? line, string problem) =>
        line is { } l ? $"{file}:{l}: {problem}" : $"{file}: {problem}";
}
