using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentHost.Agents.Evaluation;

/// <summary>Finds a value in JSON by a path such as <c>readings[0].inr</c> or <c>status</c>.</summary>
public static partial class JsonValuePath
{
    public static bool IsValid(string path) => PathPattern().IsMatch(path);

    public static bool TryFind(JsonElement root, string path, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(path);
        value = root;
        foreach (Match step in StepPattern().Matches(path))
        {
            if (step.Groups["name"].Success)
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step.Groups["name"].Value, out value))
                {
                    return false;
                }

                continue;
            }

            var index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
            if (value.ValueKind != JsonValueKind.Array || index >= value.GetArrayLength())
            {
                return false;
            }

            value = value[index];
        }

        return true;
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\[\d+\])*(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\])*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex StepPattern();
}
