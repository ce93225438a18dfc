using System.CommandLine;
using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;

namespace AgentHost.Cli;

/// <summary>
/// <c>agenthost ingest &lt;dir&gt; --collection &lt;name&gt; [--db &lt;path&gt;]</c>: brings a collection of the embedded
/// knowledge store in step with a folder (new and changed files ingested, unchanged skipped, missing removed).
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Folder of Markdown, text and HTML documents (searched recursively)." };
        var collection = new Option<string>("--collection") { Description = "Knowledge collection to fill, usually the agent id.", Required = true };
        var database = new Option<string>("--db") { Description = "SQLite file of the embedded store.", DefaultValueFactory = _ => "data/knowledge.db" };

        var command = new Command("ingest", "Ingest a folder of documents into a knowledge collection (embedded store).");
        command.Arguments.Add(directory);
        command.Options.Add(collection);
        command.Options.Add(database);
        command.SetAction((parse, cancellationToken) => CommandErrors.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var name = parse.GetValue(collection)!;
            using var store = new EmbeddedKnowledgeStore(
                parse.GetValue(database)!,
                new DocumentPreparer(EstimatedTokenCounter.Instance, ChunkingOptions.Default, embeddings: null));
            var result = await store.IngestDirectoryAsync(parse.GetValue(directory)!, name, cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"collection {name}: {result.Documents} documents ({result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged), "
                + $"{result.Removed} removed, {result.ChunksWritten} chunks written").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
