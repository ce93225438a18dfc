namespace AgentHost.Tests.Deployment;

/// <summary>What an external program returned: exit code, standard output and standard error.</summary>
internal sealed record ProcessOutput(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
