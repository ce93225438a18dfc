using YamlDotNet.RepresentationModel;

namespace AgentHost.Tests.Deployment;

/// <summary>
/// Runs Debian's docker-compose 1.29 <c>config</c> on the compose files: it interpolates ${...}, merges the
/// override and validates the result against the compose schema, all without a Docker engine.
/// </summary>
internal static class ComposeConfig
{
    public static async Task<ProcessOutput> RunAsync(string envFile, params string[] composeFiles)
    {
        var compose = await DebianTools.EnsureAsync("docker-compose", "docker-compose").ConfigureAwait(false);
        var arguments = new List<string> { "--env-file", envFile };
        foreach (var file in composeFiles)
        {
            arguments.Add("-f");
            arguments.Add(RepositoryFiles.PathOf(file));
        }

        arguments.Add("config");
        // Only the env file may supply the variables: the caller's environment must not make a broken file pass.
        var environment = new Dictionary<string, string?>
        {
            ["QDRANT_API_KEY"] = null,
            ["AGENTHOST_MODEL_PATH"] = null,
            ["AGENTHOST_VERSION"] = null,
        };
        return await ExternalProcess.RunAsync(compose, arguments, RepositoryFiles.PathOf("docker"), environment).ConfigureAwait(false);
    }

    /// <summary>The merged configuration of <paramref name="composeFiles"/> with docker/.env.example's values.</summary>
    public static async Task<YamlMappingNode> LoadAsync(params string[] composeFiles)
    {
        var result = await RunAsync(RepositoryFiles.PathOf("docker/.env.example"), composeFiles).ConfigureAwait(false);
        Assert.True(result.ExitCode == 0, $"docker-compose config failed: {result}");
        var yaml = new YamlStream();
        using var reader = new StringReader(result.Output);
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static YamlNode At(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            var mapping = Assert.IsType<YamlMappingNode>(node);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out var child), $"no '{key}' in the compose configuration");
            node = child!;
        }

        return node;
    }

    public static string Scalar(YamlNode node, params string[] path) => Assert.IsType<YamlScalarNode>(At(node, path)).Value ?? "";

    /// <summary>A service's environment as name → value.</summary>
    public static IReadOnlyDictionary<string, string> Environment(YamlNode root, string service) =>
        ((YamlMappingNode)At(root, "services", service, "environment")).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal);
}
