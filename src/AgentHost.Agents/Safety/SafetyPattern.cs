using System.Text.RegularExpressions;

namespace AgentHost.Agents.Safety;

/// <summary>One compiled pattern and its stable id (<c>&lt;lexicon&gt;/&lt;language&gt;/&lt;1-based index&gt;</c>).</summary>
internal sealed record SafetyPattern(string Id, Regex Regex);
