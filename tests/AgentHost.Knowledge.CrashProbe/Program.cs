using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;

// Usage: CrashProbe <database> <documents folder> <collection>
// Prints "writing" once the document's transaction has written 50 chunks, then keeps writing slowly (1 ms a chunk),
// so the parent can kill it while the transaction is open; prints "committed" if it is ever allowed to finish.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: AgentHost.Knowledge.CrashProbe <database> <documents folder> <collection>");
    return 2;
}

using var store = new EmbeddedKnowledgeStore(args[0], new DocumentPreparer(EstimatedTokenCounter.Instance, CrashProbeChunking.Options, null));
store.ChunkWritten = index =>
{
    if (index == 50)
    {
        Console.Out.WriteLine("writing");
        Console.Out.Flush();
    }
    else if (index > 50)
    {
        Thread.Sleep(1);
    }
};
await store.IngestDirectoryAsync(args[1], args[2], CancellationToken.None);
Console.Out.WriteLine("committed");
return 0;
