using System.CommandLine;

namespace AgentHost.Cli;

/// <summary>The <c>agenthost</c> command tree; each area contributes its own subcommand.</summary>
internal static class AgentHostCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("AgentHost: an on-prem host for medical LLM agents (local GGUF model, tools, retrieval).");
        root.Subcommands.Add(ToolCommand.Create());
        return root;
    }
}
