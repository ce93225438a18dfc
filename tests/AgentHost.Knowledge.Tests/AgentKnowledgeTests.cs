using YamlDotNet.RepresentationModel;

namespace AgentHost.Knowledge.Tests;

/// <summary>
/// The agents' knowledge folders parse, carry the required front matter, and answer the labelled questions well
/// enough (a fast guard; bench/knowledge/run.sh writes the full numbers to bench/RESULTS.md).
/// </summary>
public sealed class AgentKnowledgeTests : IDisposable
{
    private static readonly string[] _agents = ["cardiac-valve-followup", "adolescent-companion", "child-growth"];
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("cardiac-valve-followup")]
    [InlineData("adolescent-companion")]
    [InlineData("child-growth")]
    public void Each_agent_has_at_least_15_documents_with_id_title_source_date_and_language(string agent)
    {
        var folder = Path.Combine(RepoRoot(), "agents", agent, "knowledge");
        var files = Directory.GetFiles(folder, "*.md");

        Assert.True(files.Length >= 15, $"{agent} has {files.Length} documents");
        Assert.All(files, file =>
        {
            var document = Ingestion.DocumentReader.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
            Assert.Equal(Path.GetFileNameWithoutExtension(file), document.DocumentId);
            Assert.False(string.IsNullOrWhiteSpace(document.Title));
            Assert.Matches(@"\d{4}", document.Source);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", document.SourceDate ?? "");
            Assert.Equal("zh", document.Language);
            Assert.Equal("何时就医", document.Sections[^1].SectionPath);
        });
    }

    [Fact]
    public async Task Labelled_questions_are_answered_in_the_top_5_and_Chinese_is_not_worse_than_English()
    {
        var root = RepoRoot();
        var questions = LoadQuestions(Path.Combine(root, "bench", "knowledge", "questions.yaml"));
        using var store = TestStores.Embedded(Path.Combine(_temp.Path, "agents.db"));
        foreach (var agent in _agents)
        {
            await store.IngestDirectoryAsync(Path.Combine(root, "agents", agent, "knowledge"), agent, CancellationToken.None);
        }

        var found = new Dictionary<string, List<bool>> { ["zh"] = [], ["en"] = [] };
        foreach (var (collection, language, document, question) in questions)
        {
            var hits = await store.SearchAsync(new KnowledgeQuery(collection, question, 5), CancellationToken.None);
            found[language].Add(hits.Any(h => h.DocumentId == document));
        }

        Assert.True(questions.Count >= 150);
        var zh = found["zh"].Average(f => f ? 1.0 : 0.0);
        var en = found["en"].Average(f => f ? 1.0 : 0.0);
        Assert.True(zh >= 0.9 && en >= 0.9, $"recall@5 zh {zh:F3}, en {en:F3}");
        Assert.True(zh >= en, $"recall@5 zh {zh:F3} < en {en:F3}");
    }

    public void Dispose() => _temp.Dispose();

    private static List<(string Collection, string Language, string Document, string Question)> LoadQuestions(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        var list = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["questions"];
        return list.Cast<YamlMappingNode>().Select(q => (
            ((YamlScalarNode)q["collection"]).Value!,
            ((YamlScalarNode)q["language"]).Value!,
            ((YamlScalarNode)q["document"]).Value!,
            ((YamlScalarNode)q["question"]).Value!)).ToList();
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AgentHost.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found above the test output");
    }
}
