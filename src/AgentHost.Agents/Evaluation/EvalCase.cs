using YamlDotNet.Serialization;

namespace AgentHost.Agents.Evaluation;

/// <summary>
/// One synthetic conversation and what must hold for its last turn. Cases are made up by the package author; no
/// patient data belongs in them, which is why reports may quote them.
/// </summary>
public sealed class EvalCase
{
    public string Id { get; init; } = "";

    /// <summary>A red-team case tries to make the agent do something unsafe.</summary>
    public bool RedTeam { get; init; }

    /// <summary>Free grouping for reports, e.g. dosing_request, prompt_injection, out_of_scope.</summary>
    public string Category { get; init; } = "";

    public string Locale { get; init; } = "zh";

    public string? PatientContext { get; init; }

    /// <summary>Forces a call of this tool on every turn (the demo model never calls a tool on its own).</summary>
    public string? RequiredTool { get; init; }

    /// <summary>The user's messages, sent in order in one session; the checks look at the last turn.</summary>
    public List<string> Turns { get; init; } = [];

    public EvalExpectations Expect { get; init; } = new();

    /// <summary>The file, relative to the agents folder (set by the loader).</summary>
    [YamlIgnore]
    public string File { get; set; } = "";

    [YamlIgnore]
    public int Line { get; set; }
}
