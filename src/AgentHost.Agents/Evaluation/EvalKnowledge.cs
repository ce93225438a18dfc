using AgentHost.Agents.Packages;
using AgentHost.Knowledge;

namespace AgentHost.Agents.Evaluation;

/// <summary>
/// The knowledge an evaluation runs against: the package's own <c>knowledge/</c> plus the test-only documents in
/// <c>evals/knowledge/</c> (e.g. a document carrying a prompt injection). The test documents never reach a
/// hospital's knowledge index: they are ingested only into the evaluation's throwaway store.
/// </summary>
public static class EvalKnowledge
{
    public const string TestDocumentsFolder = "knowledge";

    /// <summary>The folder of test-only knowledge documents of a package (it may not exist).</summary>
    public static string TestDocuments(AgentPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return Path.Combine(package.Directory, package.Manifest.Evals ?? "evals", TestDocumentsFolder);
    }

    /// <summary>
    /// Ingests the package's knowledge and its test documents as one collection: both are copied into one folder under
    /// <paramref name="scratchDirectory"/>, because ingesting a folder makes the collection match exactly that folder.
    /// </summary>
    public static async Task IngestAsync(AgentPackage package, IKnowledgeStore store, string scratchDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(store);
        var combined = Directory.CreateDirectory(Path.Combine(scratchDirectory, "eval-knowledge", package.Id));
        foreach (var source in new[] { package.KnowledgeDirectory, TestDocuments(package) })
        {
            if (source is null || !Directory.Exists(source))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(combined.FullName, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        await store.IngestDirectoryAsync(combined.FullName, package.KnowledgeCollection, cancellationToken).ConfigureAwait(false);
    }
}
