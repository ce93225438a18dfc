namespace AgentHost.Tests.Deployment;

/// <summary>
/// The two images are built where a Docker engine exists, not in CI; these checks hold the Dockerfiles to what
/// docs/DEPLOYMENT.md promises hospital IT: non-root, health-checked, volumes, restore before sources.
/// </summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> Dockerfiles => new() { "docker/Dockerfile", "docker/Dockerfile.cuda" };

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Is_multi_stage_and_restores_from_project_files_before_copying_the_sources(string path)
    {
        var file = Dockerfile.Load(path);
        Assert.True(file.FinalStage >= 1, $"{path} must have a build stage and a runtime stage");

        var build = file.InStage(0).ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var sources = build.FindIndex(i => i.Keyword == "COPY" && i.Arguments.StartsWith("src/ ", StringComparison.Ordinal));
        var publish = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish src/AgentHost/AgentHost.csproj", StringComparison.Ordinal));
        Assert.True(restore >= 0 && sources > restore && publish > sources, $"{path}: restore, then COPY src/, then publish");

        // Before the restore only project files, build props, global.json and the native pin may be copied, so a
        // source edit keeps the restore layer cached.
        foreach (var copy in build.Take(restore).Where(i => i.Keyword == "COPY"))
        {
            var copied = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
            Assert.All(copied, source => Assert.True(
                source.EndsWith(".csproj", StringComparison.Ordinal) || source.StartsWith("Directory.", StringComparison.Ordinal)
                || source == "global.json" || source.StartsWith("native/", StringComparison.Ordinal),
                $"{path}: '{source}' is copied before the restore"));
        }

        // Every project the app is built from has its project file in the restore layer.
        var beforeRestore = string.Join('\n', build.Take(restore).Select(i => i.Arguments));
        foreach (var project in Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, project).Replace('\\', '/');
            Assert.Contains(relative, beforeRestore, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Fetches_the_native_libraries_at_build_time_with_node_available(string path)
    {
        var backend = path.EndsWith(".cuda", StringComparison.Ordinal) ? "cuda" : "cpu";
        var build = Dockerfile.Load(path).InStage(0).ToList();

        Assert.Contains(build, i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get install", StringComparison.Ordinal)
            && i.Arguments.Contains(" npm", StringComparison.Ordinal) && i.Arguments.Contains(" git", StringComparison.Ordinal));
        var fetch = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains($"native/fetch.sh {backend}", StringComparison.Ordinal));
        var publish = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.True(fetch >= 0 && fetch < publish, $"{path}: native/fetch.sh {backend} runs before the publish");
        Assert.Contains($"-p:LlamaBackend={backend}", build[publish].Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Runtime_stage_is_non_root_health_checked_with_volumes_and_port(string path)
    {
        var file = Dockerfile.Load(path);
        var runtime = file.InStage(file.FinalStage).ToList();

        var user = Assert.Single(runtime, i => i.Keyword == "USER").Arguments;
        var uid = user.Split(':')[0];
        Assert.True(int.TryParse(uid, out var id) && id > 0, $"{path}: USER must be a fixed non-root UID, got '{user}'");

        var health = Assert.Single(runtime, i => i.Keyword == "HEALTHCHECK").Arguments;
        Assert.Contains("/readyz", health, StringComparison.Ordinal);
        Assert.Contains("curl", health, StringComparison.Ordinal);
        // The base images ship no curl: the runtime stage must install the tool its health check runs.
        Assert.Contains(runtime, i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get install", StringComparison.Ordinal)
            && i.Arguments.Contains(" curl", StringComparison.Ordinal));

        var volumes = string.Join(' ', runtime.Where(i => i.Keyword == "VOLUME").Select(i => i.Arguments));
        Assert.Contains("\"/models\"", volumes, StringComparison.Ordinal);
        Assert.Contains("\"/data\"", volumes, StringComparison.Ordinal);
        Assert.Contains(runtime, i => i.Keyword == "EXPOSE" && i.Arguments == "5080");
        Assert.Contains(runtime, i => i.Keyword == "ENTRYPOINT" && i.Arguments.Contains("/app/AgentHost", StringComparison.Ordinal));
        Assert.Contains(runtime, i => i.Keyword == "CMD" && i.Arguments.Contains("serve", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Writable_paths_all_point_under_data_and_the_host_listens_on_all_interfaces(string path)
    {
        var env = Dockerfile.Load(path).RuntimeEnvironment();

        Assert.Equal("http://0.0.0.0:5080", env["Urls"]);
        Assert.Equal("", env["Inference__ModelPath"]);
        Assert.Equal("/data", env["Storage__DataDirectory"]);
        Assert.Equal("/data/knowledge.db", env["Knowledge__DatabasePath"]);
        Assert.Equal("/data/models", env["Inference__DemoModelDirectory"]);
        Assert.Equal("/app/agents", env["Agents__Directory"]);
    }

    [Fact]
    public void Cuda_image_runs_on_a_cuda_13_runtime_base_with_the_cuda_backend()
    {
        var file = Dockerfile.Load("docker/Dockerfile.cuda");

        Assert.Contains(file.All("ARG"), i => i.Arguments.StartsWith("CUDA_RUNTIME_IMAGE=nvidia/cuda:13.", StringComparison.Ordinal)
            && i.Arguments.Contains("-runtime-", StringComparison.Ordinal));
        Assert.Equal("Cuda", file.RuntimeEnvironment()["Inference__Backend"]);
        Assert.Equal("Cpu", Dockerfile.Load("docker/Dockerfile").RuntimeEnvironment()["Inference__Backend"]);
    }

    [Fact]
    public void Build_context_leaves_out_host_build_outputs_and_models()
    {
        var ignore = RepositoryFiles.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("**/bin/", ignore);
        Assert.Contains("**/obj/", ignore);
        Assert.Contains("native/node_modules/", ignore);
        Assert.Contains("native/llama/", ignore);
        Assert.Contains("**/*.gguf", ignore);
        Assert.DoesNotContain("src/", ignore);
        Assert.DoesNotContain("agents/", ignore);
    }
}
