using System.Text.RegularExpressions;

namespace AgentHost.Tests.Deployment;

/// <summary>A Dockerfile read as instructions: enough structure to check what the deployment promises.</summary>
internal sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerfileInstruction> instructions) => Instructions = instructions;

    public IReadOnlyList<DockerfileInstruction> Instructions { get; }

    /// <summary>Index of the last FROM: the runtime stage.</summary>
    public int FinalStage => Instructions.Max(i => i.Stage);

    public IEnumerable<DockerfileInstruction> InStage(int stage) => Instructions.Where(i => i.Stage == stage);

    public IEnumerable<DockerfileInstruction> All(string keyword) =>
        Instructions.Where(i => string.Equals(i.Keyword, keyword, StringComparison.OrdinalIgnoreCase));

    /// <summary>The variables set by ENV instructions of the runtime stage (name → value, possibly empty).</summary>
    public IReadOnlyDictionary<string, string> RuntimeEnvironment()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in InStage(FinalStage).Where(i => i.Keyword == "ENV"))
        {
            foreach (Match match in EnvPair().Matches(env.Arguments))
            {
                values[match.Groups["name"].Value] = match.Groups["value"].Value;
            }
        }

        return values;
    }

    public static Dockerfile Load(string relativePath)
    {
        var instructions = new List<DockerfileInstruction>();
        var stage = -1;
        var pending = "";
        foreach (var raw in RepositoryFiles.Read(relativePath).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = pending + line;
            pending = "";
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            if (keyword == "FROM")
            {
                stage++;
            }

            instructions.Add(new DockerfileInstruction(keyword, space < 0 ? "" : text[(space + 1)..].Trim(), stage));
        }

        return new Dockerfile(instructions);
    }

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S*)")]
    private static partial Regex EnvPair();
}
