using System.Text.RegularExpressions;

namespace AgentHost.Cli;

/// <summary>What one <c>agenthost eval</c> run was asked to do (paths already absolute).</summary>
internal sealed record EvalSettings(string[] Agents, string AgentsDirectory, string OutputDirectory, string? Baseline, int? MaxTokens, Regex? CaseFilter, string? JudgeModel = null);
