namespace AgentHost.Tests;

/// <summary>
/// Commands that run the engine, and the server tests, go one at a time (their decode threads would starve each other
/// on 2 cores); the servers and the browser are started once for the collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ModelCommandsCollection : ICollectionFixture<Server.ServerFixture>, ICollectionFixture<Widget.WidgetServerFixture>, ICollectionFixture<Widget.BrowserFixture>
{
    public const string Name = "model commands";
}
