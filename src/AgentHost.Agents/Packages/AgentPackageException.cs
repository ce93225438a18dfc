using AgentHost.Core;

namespace AgentHost.Agents.Packages;

/// <summary>A package failed validation; <see cref="Problems"/> lists every problem with file and line.</summary>
public sealed class AgentPackageException : AgentHostException
{
    public AgentPackageException(string packageId, IReadOnlyList<PackageProblem> problems)
        : base("invalid_agent_package", $"Agent package '{packageId}' is invalid: {string.Join("; ", problems)}")
    {
        PackageId = packageId;
        Problems = problems;
    }

    public string PackageId { get; }

    public IReadOnlyList<PackageProblem> Problems { get; }

    public override int StatusCode => 500;
}
