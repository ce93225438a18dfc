using AgentHost.Cli;

return await AgentHostCommandLine.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
