using AgentHost.Hosting;
using YamlDotNet.RepresentationModel;

namespace AgentHost.Tests.Deployment;

/// <summary>docker/compose.yaml and its GPU override, validated by docker-compose itself (no engine needed).</summary>
public sealed class ComposeTests
{
    [Fact]
    public async Task Compose_file_is_valid_and_points_agenthost_at_qdrant_with_the_same_api_key()
    {
        var root = await ComposeConfig.LoadAsync("docker/compose.yaml");
        var agenthost = ComposeConfig.Environment(root, "agenthost");
        var qdrant = ComposeConfig.Environment(root, "qdrant");

        Assert.Equal("Qdrant", agenthost["Knowledge__Store"]);
        Assert.Equal("http://qdrant:6333", agenthost["Knowledge__QdrantUrl"]);
        Assert.False(string.IsNullOrWhiteSpace(qdrant["QDRANT__SERVICE__API_KEY"]));
        Assert.Equal(ComposeConfig.Secrets["QDRANT_API_KEY"], qdrant["QDRANT__SERVICE__API_KEY"]);
        Assert.Equal(qdrant["QDRANT__SERVICE__API_KEY"], agenthost["Knowledge__QdrantApiKey"]);
        Assert.Equal("true", qdrant["QDRANT__TELEMETRY_DISABLED"]);
        Assert.Equal("docker/Dockerfile", ComposeConfig.Scalar(root, "services", "agenthost", "build", "dockerfile"));
        Assert.Equal("/models/AntAngelMed-Q4_K_M.gguf", agenthost["Inference__ModelPath"]);
    }

    [Fact]
    public async Task Qdrant_is_pinned_to_at_least_1_11_keeps_its_data_in_a_volume_and_is_not_published()
    {
        var root = await ComposeConfig.LoadAsync("docker/compose.yaml");

        var image = ComposeConfig.Scalar(root, "services", "qdrant", "image");
        Assert.StartsWith("qdrant/qdrant:v", image, StringComparison.Ordinal);
        var version = Version.Parse(image["qdrant/qdrant:v".Length..]);
        Assert.True(version >= new Version(1, 11), $"Qdrant {version} is older than 1.11");

        var volumes = (YamlSequenceNode)ComposeConfig.At(root, "services", "qdrant", "volumes");
        Assert.Contains(volumes.Children, v => ((YamlScalarNode)v).Value!.StartsWith("qdrant-storage:/qdrant/storage", StringComparison.Ordinal));
        Assert.True(((YamlMappingNode)ComposeConfig.At(root, "volumes")).Children.ContainsKey(new YamlScalarNode("qdrant-storage")));
        Assert.False(((YamlMappingNode)ComposeConfig.At(root, "services", "qdrant")).Children.ContainsKey(new YamlScalarNode("ports")));
        Assert.Equal("true", ComposeConfig.Scalar(root, "networks", "backend", "internal"));
    }

    [Fact]
    public async Task Agenthost_runs_read_only_as_the_image_user_with_data_in_a_volume_and_loopback_publishing()
    {
        var root = await ComposeConfig.LoadAsync("docker/compose.yaml");

        Assert.Equal("true", ComposeConfig.Scalar(root, "services", "agenthost", "read_only"));
        Assert.Equal("1654:1654", ComposeConfig.Scalar(root, "services", "agenthost", "user"));
        var volumes = ((YamlSequenceNode)ComposeConfig.At(root, "services", "agenthost", "volumes")).Children
            .Select(v => ((YamlScalarNode)v).Value!).ToList();
        Assert.Contains("agenthost-data:/data:rw", volumes);
        Assert.Contains(volumes, v => v.EndsWith(":/models:ro", StringComparison.Ordinal));
        var port = ((YamlScalarNode)((YamlSequenceNode)ComposeConfig.At(root, "services", "agenthost", "ports")).Children.Single()).Value;
        Assert.Equal("127.0.0.1:5080:5080/tcp", port);
    }

    [Fact]
    public async Task Gpu_override_reserves_an_nvidia_gpu_and_switches_to_the_cuda_image_and_backend()
    {
        var root = await ComposeConfig.LoadAsync("docker/compose.yaml", "docker/compose.gpu.yaml");
        var agenthost = ComposeConfig.Environment(root, "agenthost");

        Assert.Equal("Cuda", agenthost["Inference__Backend"]);
        Assert.Equal("Qdrant", agenthost["Knowledge__Store"]);
        Assert.EndsWith("-cuda", ComposeConfig.Scalar(root, "services", "agenthost", "image"), StringComparison.Ordinal);
        Assert.Equal("docker/Dockerfile.cuda", ComposeConfig.Scalar(root, "services", "agenthost", "build", "dockerfile"));

        var device = (YamlMappingNode)((YamlSequenceNode)ComposeConfig.At(
            root, "services", "agenthost", "deploy", "resources", "reservations", "devices")).Children.Single();
        Assert.Equal("nvidia", ComposeConfig.Scalar(device, "driver"));
        var capabilities = ((YamlSequenceNode)ComposeConfig.At(device, "capabilities")).Children.Select(c => ((YamlScalarNode)c).Value);
        Assert.Contains("gpu", capabilities);
    }

    [Theory]
    [InlineData("QDRANT_API_KEY")]
    [InlineData("AGENTHOST_API_KEY_SHA256")]
    public async Task Compose_refuses_to_start_while_a_secret_is_empty(string secret)
    {
        var envFile = ComposeConfig.WriteFilledEnvFile(omit: secret);
        try
        {
            var result = await ComposeConfig.RunAsync(envFile, "docker/compose.yaml");

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains($"set {secret} in docker/.env", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(envFile);
        }
    }

    [Fact]
    public async Task Example_env_file_as_shipped_does_not_start_with_a_known_secret()
    {
        var result = await ComposeConfig.RunAsync(RepositoryFiles.PathOf("docker/.env.example"), "docker/compose.yaml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("in docker/.env", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenthost_accepts_the_configured_api_key_hash_because_no_container_client_is_loopback()
    {
        var root = await ComposeConfig.LoadAsync("docker/compose.yaml");
        var hash = ComposeConfig.Environment(root, "agenthost")["Server__ApiKeys__0"];

        Assert.Equal(ComposeConfig.Secrets["AGENTHOST_API_KEY_SHA256"], hash);
        Assert.True(ApiKeyHash.IsHash(hash));
    }
}
