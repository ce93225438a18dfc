namespace AgentHost.Agents.Tests.Evaluation;

/// <summary>Evaluation tests decode on the demo model: they run alone, so their decode thread has the cores to itself.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EngineTestsCollection
{
    public const string Name = "engine (evaluation)";
}
