namespace AgentHost.Knowledge.Bench;

internal sealed class LabelledQuestion
{
    public string Id { get; set; } = "";

    public string Collection { get; set; } = "";

    public string Language { get; set; } = "";

    public string Document { get; set; } = "";

    public string Question { get; set; } = "";
}
