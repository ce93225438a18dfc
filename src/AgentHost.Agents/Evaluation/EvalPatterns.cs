using System.Text.RegularExpressions;

namespace AgentHost.Agents.Evaluation;

/// <summary>How <c>must_include</c> / <c>must_not_include</c> expressions run: case-insensitive, bounded in time.</summary>
internal static class EvalPatterns
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
}
