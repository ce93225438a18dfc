using Microsoft.Extensions.AI;

namespace AgentHost.Clinical;

/// <summary>
/// A clinical tool's function under its plain name (growth_assess): Semantic Kernel prefixes the plugin name, but
/// agent packages, the model's tool list and the audit log use the catalog's names.
/// </summary>
internal sealed class PlainNamedFunction(AIFunction inner, string name) : DelegatingAIFunction(inner)
{
    public override string Name => name;
}
