using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace AgentHost.Agents.Packages;

/// <summary>
/// Turns a YamlDotNet deserialization error into a line an author understands (YamlDotNet names .NET types, not
/// keys). Shared by the strict loaders of manifests and evaluation cases.
/// </summary>
internal static partial class YamlErrors
{
    public static string Describe(YamlException ex, string documentKind)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var unknown = UnknownProperty().Match(ex.Message);
        if (unknown.Success)
        {
            return $"unknown key '{unknown.Groups[1].Value}'";
        }

        return ex.InnerException is FormatException or InvalidCastException or OverflowException
            ? "invalid value for this key (wrong type, e.g. text where a number is expected)"
            : $"not valid YAML for {documentKind}";
    }

    [GeneratedRegex(@"Property '([^']+)' not found", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();
}
