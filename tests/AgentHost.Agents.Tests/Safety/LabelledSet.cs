namespace AgentHost.Agents.Tests.Safety;

/// <summary>The root of gate-labelled-set.yaml.</summary>
public sealed class LabelledSet
{
    public List<LabelledMessage> Messages { get; set; } = [];
}
