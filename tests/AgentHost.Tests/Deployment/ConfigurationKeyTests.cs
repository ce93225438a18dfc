using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Storage;
using AgentHost.Hosting;
using AgentHost.Inference.Engine;
using AgentHost.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;

namespace AgentHost.Tests.Deployment;

/// <summary>
/// A misspelt environment variable is silently ignored by .NET configuration, so a container would run with a
/// default the hospital did not choose. Every Section__Key the images and compose files set must bind to a
/// real property of the typed options, with a value of the right type.
/// </summary>
public sealed class ConfigurationKeyTests
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [InferenceOptions.SectionName] = typeof(InferenceOptions),
        [KnowledgeOptions.SectionName] = typeof(KnowledgeOptions),
        [StorageOptions.SectionName] = typeof(StorageOptions),
        [AgentsOptions.SectionName] = typeof(AgentsOptions),
        [AgentRuntimeOptions.SectionName] = typeof(AgentRuntimeOptions),
        [ServerOptions.SectionName] = typeof(ServerOptions),
    };

    // Read by the host or the runtime directly, not through an options class.
    private static readonly string[] HostKeys = ["Urls"];
    private static readonly string[] RuntimePrefixes = ["DOTNET_", "NVIDIA_"];

    [Theory]
    [InlineData("docker/Dockerfile")]
    [InlineData("docker/Dockerfile.cuda")]
    public void Dockerfile_environment_binds_to_the_options(string path) =>
        AssertBindsToOptions(path, Dockerfile.Load(path).RuntimeEnvironment());

    [Fact]
    public async Task Compose_environment_binds_to_the_options()
    {
        AssertBindsToOptions("compose.yaml", ComposeConfig.Environment(await ComposeConfig.LoadAsync("docker/compose.yaml"), "agenthost"));
        AssertBindsToOptions("compose.yaml + compose.gpu.yaml", ComposeConfig.Environment(
            await ComposeConfig.LoadAsync("docker/compose.yaml", "docker/compose.gpu.yaml"), "agenthost"));
    }

    [Fact]
    public void Systemd_unit_environment_binds_to_the_options()
    {
        var environment = RepositoryFiles.Read("deploy/systemd/agenthost.service").Split('\n')
            .Where(l => l.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(l => l["Environment=".Length..].Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        Assert.NotEmpty(environment);
        AssertBindsToOptions("agenthost.service", environment);
    }

    [Fact]
    public void A_misspelt_key_is_caught()
    {
        var error = Assert.ThrowsAny<Exception>(() => AssertBindsToOptions("test", new Dictionary<string, string> { ["Inference__ModelPth"] = "/models/x.gguf" }));
        Assert.Contains("ModelPth", error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => AssertBindsToOptions("test", new Dictionary<string, string> { ["Inference__Backend"] = "Gpu" }));
        Assert.ThrowsAny<Exception>(() => AssertBindsToOptions("test", new Dictionary<string, string> { ["Retrieval__TopK"] = "4" }));
    }

    private static void AssertBindsToOptions(string source, IReadOnlyDictionary<string, string> environment)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in environment)
        {
            if (HostKeys.Contains(name, StringComparer.Ordinal) || RuntimePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var section = name.Split("__")[0];
            Assert.True(name.Contains("__", StringComparison.Ordinal) && Sections.ContainsKey(section),
                $"{source}: {name} is not a setting of AgentHost (known sections: {string.Join(", ", Sections.Keys)})");
            settings[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        foreach (var (section, type) in Sections)
        {
            // Unknown keys and values that do not convert (an enum spelt wrong, "abc" for a number) throw here.
            configuration.GetSection(section).Get(type, o => o.ErrorOnUnknownConfiguration = true);
        }
    }
}
