namespace AgentHost.Knowledge.Bench;

/// <summary>Replaces (or appends) the "## Retrieval" section of bench/RESULTS.md, leaving every other section as it is.</summary>
internal static class ResultsSection
{
    public const string Heading = "## Retrieval";

    public static void Write(string path, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmark results\n";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == Heading);
        var body = section.TrimEnd('\n').Split('\n');
        if (start < 0)
        {
            if (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            lines.Add("");
            lines.AddRange(body);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            var count = (end < 0 ? lines.Count : end) - start;
            lines.RemoveRange(start, count);
            var insert = body.ToList();
            if (end >= 0)
            {
                insert.Add("");
            }

            lines.InsertRange(start, insert);
        }

        File.WriteAllText(path, string.Join('\n', lines).TrimEnd('\n') + "\n");
    }
}
