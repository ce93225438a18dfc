using System.Globalization;

namespace AgentHost.Clinical.Growth;

/// <summary>A small CSV/TSV reader for the reference tables: a header row, no quoting, CRLF tolerated.</summary>
internal sealed class DelimitedTable
{
    private readonly string[] _header;

    private DelimitedTable(string[] header, IReadOnlyList<string[]> rows)
    {
        _header = header;
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static DelimitedTable Parse(string text, char separator)
    {
        var lines = text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0)
            .ToArray();
        var header = lines[0].Split(separator).Select(h => h.Trim()).ToArray();
        var rows = lines.Skip(1).Select(line => line.Split(separator)).ToArray();
        return new DelimitedTable(header, rows);
    }

    public int Column(string name)
    {
        var index = Array.FindIndex(_header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new InvalidDataException($"reference table has no column '{name}'");
    }

    public static double Number(string[] row, int column) =>
        double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double? OptionalNumber(string[] row, int column) =>
        column < row.Length && row[column].Trim().Length > 0 ? Number(row, column) : null;
}
