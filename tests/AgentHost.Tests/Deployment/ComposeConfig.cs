using AgentHost.Hosting;
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
            ["AGENTHOST_API_KEY_SHA256"] = null,
            ["AGENTHOST_MODEL_PATH"] = null,
            ["AGENTHOST_VERSION"] = null,
        };
        return await ExternalProcess.RunAsync(compose, arguments, RepositoryFiles.PathOf("docker"), environment).ConfigureAwait(false);
    }

    /// <summary>The secrets docker/.env.example leaves empty, as an operator would fill them in.</summary>
    public static IReadOnlyDictionary<string, string> Secrets { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["QDRANT_API_KEY"] = "test-qdrant-key",
        ["AGENTHOST_API_KEY_SHA256"] = ApiKeyHash.Compute("test-api-key"),
    };

    /// <summary>
    /// docker/.env.example with the empty secrets filled from <see cref="Secrets"/>, less <paramref name="omit"/>,
    /// written to a temporary file the caller deletes.
    /// </summary>
    public static string WriteFilledEnvFile(params string[] omit)
    {
        var lines = new List<string>();
        foreach (var line in File.ReadAllLines(RepositoryFiles.PathOf("docker/.env.example")))
        {
            if (line.Length > 1 && line[^1] == '=' && !line.StartsWith('#'))
            {
                var name = line[..^1];
                Assert.True(Secrets.ContainsKey(name), $"docker/.env.example leaves {name} empty; the tests know no value for it");
                lines.Add(omit.Contains(name, StringComparer.Ordinal) ? line : line + Secrets[name]);
            }
            else
            {
                lines.Add(line);
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"agenthost-compose-{Guid.NewGuid():N}.env");
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>The merged configuration of <paramref name="composeFiles"/> with docker/.env.example's values and the secrets filled in.</summary>
    public static async Task<YamlMappingNode> LoadAsync(params string[] composeFiles)
    {
        var envFile = WriteFilledEnvFile();
        try
        {
            var result = await RunAsync(envFile, composeFiles).ConfigureAwait(false);
            Assert.True(result.ExitCode == 0, $"docker-compose config failed: {result}");
            var yaml = new YamlStream();
            using var reader = new StringReader(result.Output);
            yaml.Load(reader);
            return (YamlMappingNode)yaml.Documents[0].RootNode;
        }
        finally
        {
            File.Delete(envFile);
        }
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
