using AgentHost.Agents.Evaluation;
using AgentHost.Agents.Packages;
using AgentHost.Agents.Runtime;
using AgentHost.Agents.Storage;
using AgentHost.Clinical;
using AgentHost.Inference.Engine;
using AgentHost.Inference.Gguf;
using AgentHost.Knowledge;
using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentHost.Agents.Tests.Runtime;

/// <summary>
/// The real pipeline: the repository's agent packages, the tiny demo model through libllama, SQLite stores and the
/// embedded knowledge store (with each agent's knowledge ingested) in a temporary data folder.
/// </summary>
public sealed class RuntimeFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("agenthost-runtime-");

    public LlamaModel Model { get; private set; } = null!;

    public InferenceEngine Engine { get; private set; } = null!;

    public AgentStorage Storage { get; private set; } = null!;

    public AgentCatalog Catalog { get; private set; } = null!;

    public AgentRuntime Runtime { get; private set; } = null!;

    public static string RepoRoot => RepoPaths.Root;

    public async Task InitializeAsync()
    {
        var modelPath = Path.Combine(_data.FullName, "tiny.gguf");
        await DemoModelGenerator.WriteAsync(DemoModelSize.Tiny, modelPath);
        var inference = new InferenceOptions
        {
            LibraryDirectory = Path.Combine(AppContext.BaseDirectory, "llama", "cpu"),
            ContextSize = 8192,
            MaxSequences = 4,
            Threads = 1,
        };
        Model = LlamaModel.Load(modelPath, inference, NullLogger.Instance);
        Engine = InferenceEngine.Start(Model, inference, NullLogger.Instance);
        Storage = await AgentStorage.OpenAsync(new StorageOptions { DataDirectory = Path.Combine(_data.FullName, "data") }, null, CancellationToken.None);
        var agents = Path.Combine(RepoRoot, "agents");
        var tools = ClinicalToolCatalog.CreateDefault().Tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Catalog = AgentCatalog.Load(agents, PackageLoadContext.ForAgentsDirectory(agents, tools), NullLogger.Instance, watch: false);
        Knowledge = await KnowledgeForTestsAsync();
        Runtime = new AgentRuntime(Catalog, Engine, ClinicalToolCatalog.CreateAIFunctions(), Storage,
            Options.Create(new AgentRuntimeOptions { HospitalContact = "心外科门诊 010-0000-0000" }),
            NullLogger<AgentRuntime>.Instance, Knowledge);
    }

    public IKnowledgeStore Knowledge { get; private set; } = null!;

    public Task DisposeAsync()
    {
        Engine.Dispose();
        Model.Dispose();
        Storage.Dispose();
        Catalog.Dispose();
        (Knowledge as IDisposable)?.Dispose();
        _data.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private async Task<IKnowledgeStore> KnowledgeForTestsAsync()
    {
        var store = new EmbeddedKnowledgeStore(
            Path.Combine(_data.FullName, "knowledge.db"),
            new DocumentPreparer(EstimatedTokenCounter.Instance, ChunkingOptions.Default, embeddings: null));
        // As an evaluation does: the package's knowledge plus its test-only documents (evals/knowledge/).
        foreach (var package in Catalog.Packages)
        {
            await EvalKnowledge.IngestAsync(package, store, _data.FullName, CancellationToken.None);
        }

        return store;
    }
}
