using System.CommandLine;

namespace AgentHost.Cli;

/// <summary>The <c>agenthost</c> command tree; each area contributes its own subcommand.</summary>
/// <remarks><paramref name="input"/> replaces standard input for the commands that read it (tests pass a reader).</remarks>
internal static class AgentHostCommandLine
{
    public static RootCommand Create(Func<TextReader>? input = null)
    {
        var root = new RootCommand("AgentHost: an on-prem host for medical LLM agents (local GGUF model, tools, retrieval).");
        root.Subcommands.Add(ChatCommand.Create(input));
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(ToolCommand.Create(input));
        return root;
    }
}
