using System.Collections.Concurrent;
using AgentHost.Agents.Safety;
using YamlDotNet.RepresentationModel;

namespace AgentHost.Agents.Tests.Safety;

/// <summary>
/// Loads a real package's safety policy the way the host does: <c>safety.policy</c>, <c>safety.disclaimer</c> and
/// <c>audience.minors_mode</c> / <c>break_reminder_minutes</c> from its agent.yaml.
/// </summary>
internal static class PackagePolicies
{
    public static readonly string[] Ids = ["cardiac-valve-followup", "adolescent-companion", "child-growth"];

    private static readonly ConcurrentDictionary<string, SafetyPolicy> _cache = new(StringComparer.Ordinal);

    public static SafetyPolicy Get(string id) => _cache.GetOrAdd(id, Load);

    private static SafetyPolicy Load(string id)
    {
        var directory = RepoPaths.Package(id);
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(directory, "agent.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var safety = (YamlMappingNode)root["safety"];
        var disclaimer = (YamlMappingNode)safety["disclaimer"];
        var minorsMode = false;
        var breakMinutes = 30;
        if (root.Children.TryGetValue("audience", out var audienceNode))
        {
            var audience = (YamlMappingNode)audienceNode;
            if (audience.Children.TryGetValue("minors_mode", out var minors))
            {
                minorsMode = ((YamlScalarNode)minors).Value == "true";
            }

            if (audience.Children.TryGetValue("break_reminder_minutes", out var minutes))
            {
                breakMinutes = int.Parse(((YamlScalarNode)minutes).Value!, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return SafetyPolicy.Load(
            directory,
            ((YamlScalarNode)safety["policy"]).Value!,
            RepoPaths.SharedSafety,
            new SafetyPolicyOptions
            {
                DisclaimerFiles = disclaimer.Children.ToDictionary(
                    kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!, StringComparer.Ordinal),
                MinorsMode = minorsMode,
                BreakReminderMinutes = breakMinutes,
            });
    }
}
