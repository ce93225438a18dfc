namespace AgentHost.Inference.Tests.Engine;

/// <summary>
/// Engine tests run one class at a time: each engine's decode threads spin while they wait for each other, and
/// several engines on a 2-core machine would starve one another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    public const string Name = "engine";
}
