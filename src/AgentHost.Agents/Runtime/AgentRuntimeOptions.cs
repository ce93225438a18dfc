namespace AgentHost.Agents.Runtime;

/// <summary>The <c>Runtime</c> configuration section.</summary>
public sealed class AgentRuntimeOptions
{
    public const string SectionName = "Runtime";

    /// <summary>The hospital's contact line shown in escalation scripts.</summary>
    public string HospitalContact { get; set; } = "请联系您的主治医生或医院门诊 / contact your care team";

    /// <summary>Most turns in one session; a longer conversation starts a new session (its history stays readable).</summary>
    public int MaxTurnsPerSession { get; set; } = 200;

    /// <summary>Most model/tool rounds in one turn.</summary>
    public int MaxToolRounds { get; set; } = 3;

    /// <summary>
    /// Caps every agent's <c>model.max_tokens</c> (null: the package decides). Evaluation runs use it to keep the
    /// deterministic checks fast; a lower cap never weakens the gates, which see every sentence either way.
    /// </summary>
    public int? MaxOutputTokens { get; set; }
}
