namespace AgentHost.Agents.Tests.Safety;

/// <summary>One entry of gate-labelled-set.yaml.</summary>
public sealed class LabelledMessage
{
    public string Package { get; set; } = "";

    public string Expect { get; set; } = "";

    public string Text { get; set; } = "";
}
