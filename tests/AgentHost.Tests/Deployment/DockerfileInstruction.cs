namespace AgentHost.Tests.Deployment;

/// <summary>One Dockerfile instruction (continuation lines joined), with the build stage it belongs to.</summary>
internal sealed record DockerfileInstruction(string Keyword, string Arguments, int Stage);
