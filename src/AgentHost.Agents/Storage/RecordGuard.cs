using System.Text.RegularExpressions;

namespace AgentHost.Agents.Storage;

/// <summary>
/// Shape rules for the identifiers and names the stores accept. Ids and audit detail values are restricted to a
/// narrow character set on purpose: free text (a sentence, a name in Chinese) cannot pass, so patient text cannot
/// slip into the audit log through an id or a detail.
/// </summary>
internal static partial class RecordGuard
{
    public static string Id(string? value, string field) =>
        value is not null && IdPattern().IsMatch(value)
            ? value
            : throw new InvalidStorageRecordException($"{field} must be 1-128 characters of A-Z, a-z, 0-9 and . _ : -");

    public static string? OptionalId(string? value, string field) => value is null ? null : Id(value, field);

    public static string Name(string? value, string field) =>
        value is not null && NamePattern().IsMatch(value)
            ? value
            : throw new InvalidStorageRecordException($"{field} must be snake_case: a-z first, then a-z, 0-9 and _, at most 64 characters.");

    public static string? OptionalName(string? value, string field) => value is null ? null : Name(value, field);

    public static string DetailValue(string? value, string field) =>
        value is not null && DetailPattern().IsMatch(value)
            ? value
            : throw new InvalidStorageRecordException($"{field} must be at most 128 characters of A-Z, a-z, 0-9 and . _ : @ + - (counts, ids, versions, hashes; no text).");

    public static string Label(string? value, string field, int maxLength) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength && !value.Any(char.IsControl)
            ? value
            : throw new InvalidStorageRecordException($"{field} must be 1-{maxLength} characters without control characters.");

    public static string SessionId(string? value) =>
        Guid.TryParseExact(value, "D", out var id)
            ? id.ToString("D")
            : throw new InvalidStorageRecordException("SessionId must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");

    public static int NotNegative(int value, string field) =>
        value >= 0 ? value : throw new InvalidStorageRecordException($"{field} must not be negative.");

    [GeneratedRegex(@"^[A-Za-z0-9._:-]{1,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9._:@+-]{0,128}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DetailPattern();
}
