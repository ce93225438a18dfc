namespace AgentHost.Clinical.Growth;

/// <summary>Reads a reference table embedded from <c>Data/</c> (see the csproj and Data/README.md).</summary>
internal static class EmbeddedData
{
    public static DelimitedTable Read(string path)
    {
        var name = "Data/" + path;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded reference table '{name}' is missing from the build");
        using var reader = new StreamReader(stream);
        return DelimitedTable.Parse(reader.ReadToEnd(), path.EndsWith(".tsv", StringComparison.Ordinal) ? '\t' : ',');
    }

    /// <summary>Loads an LMS table; <paramref name="include"/> picks rows (e.g. only the recumbent ones).</summary>
    public static LmsTable ReadLms(string path, string keyColumn, Func<DelimitedTable, string[], bool>? include = null)
    {
        var table = Read(path);
        var sex = table.Column("sex");
        var key = table.Column(keyColumn);
        var l = table.Column("l");
        var m = table.Column("m");
        var s = table.Column("s");
        return new LmsTable(table.Rows
            .Where(row => include is null || include(table, row))
            .Select(row => (
                (Sex)(int)DelimitedTable.Number(row, sex),
                DelimitedTable.Number(row, key),
                new LmsParameters(DelimitedTable.Number(row, l), DelimitedTable.Number(row, m), DelimitedTable.Number(row, s)))));
    }
}
