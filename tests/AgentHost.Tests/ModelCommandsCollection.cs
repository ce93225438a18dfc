namespace AgentHost.Tests;

/// <summary>Commands that run the engine go one at a time (their decode threads would starve each other on 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class ModelCommandsCollection
{
    public const string Name = "model commands";
}
