using System.CommandLine;

namespace AgentHost.Cli;

/// <summary>The <c>agenthost</c> command tree; each area contributes its own subcommand.</summary>
internal static class AgentHostCommandLine
{
    /// <param name="input">Replaces standard input for the commands that read it (tests pass a reader).</param>
    public static RootCommand Create(Func<TextReader>? input = null)
    {
        var root = new RootCommand("AgentHost: an on-prem host for medical LLM agents (local GGUF model, tools, retrieval).");
        ServeCommand.Configure(root);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ChatCommand.Create(input));
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(ToolCommand.Create(input));
        root.Subcommands.Add(AgentsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }
}
