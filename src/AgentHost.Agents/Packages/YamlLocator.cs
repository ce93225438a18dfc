using YamlDotNet.RepresentationModel;

namespace AgentHost.Agents.Packages;

/// <summary>Finds the line of a key or list item in a YAML document, so a validation error can point at it.</summary>
internal sealed class YamlLocator
{
    private readonly YamlNode? _root;

    public YamlLocator(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        _root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
    }

    /// <summary>The 1-based line of the deepest node that exists along the path (keys and list indexes).</summary>
    public int LineOf(params object[] path)
    {
        var node = _root;
        var line = node is null ? 1 : (int)node.Start.Line;
        foreach (var step in path)
        {
            YamlNode? next = null;
            if (step is string key && node is YamlMappingNode mapping)
            {
                var entry = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key);
                if (entry.Key is not null)
                {
                    line = (int)entry.Key.Start.Line;
                    next = entry.Value;
                }
            }
            else if (step is int index && node is YamlSequenceNode sequence && index < sequence.Children.Count)
            {
                next = sequence.Children[index];
                line = (int)next.Start.Line;
            }

            if (next is null)
            {
                break;
            }

            node = next;
        }

        return line;
    }
}
