using System.Diagnostics.CodeAnalysis;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// The key/value metadata of a GGUF file, in file order, with typed getters. A getter for a key that is absent or
/// of another type throws a <see cref="GgufFormatException"/> that names the file and the key.
/// </summary>
public sealed class GgufMetadata
{
    private readonly Dictionary<string, GgufValue> _values;
    private readonly List<string> _keys;

    /// <param name="entries">Keys must be unique.</param>
    /// <param name="fileName">The file the metadata came from, for error messages (its name only).</param>
    public GgufMetadata(IEnumerable<KeyValuePair<string, GgufValue>> entries, string fileName = "(in memory)")
    {
        ArgumentNullException.ThrowIfNull(entries);
        FileName = fileName;
        _values = new Dictionary<string, GgufValue>(StringComparer.Ordinal);
        _keys = [];
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!_values.TryAdd(key, value))
            {
                throw new GgufFormatException(GgufErrorCodes.Invalid, $"'{fileName}' has the metadata key '{key}' twice.");
            }

            _keys.Add(key);
        }
    }

    public string FileName { get; }

    public int Count => _keys.Count;

    /// <summary>The keys in file order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, [NotNullWhen(true)] out GgufValue? value) => _values.TryGetValue(key, out value);

    /// <exception cref="GgufFormatException">The key is absent (<c>gguf_missing_key</c>).</exception>
    public GgufValue this[string key] => _values.TryGetValue(key, out var value)
        ? value
        : throw new GgufFormatException(GgufErrorCodes.MissingKey, $"'{FileName}' has no metadata key '{key}'.");

    public string GetString(string key) => Require(key, GgufValueType.String).AsString();

    public bool TryGetString(string key, [NotNullWhen(true)] out string? value)
    {
        value = TryRequire(key, GgufValueType.String)?.AsString();
        return value is not null;
    }

    public bool GetBoolean(string key) => Require(key, GgufValueType.Bool).AsBoolean();

    public bool TryGetBoolean(string key, out bool value)
    {
        var found = TryRequire(key, GgufValueType.Bool);
        value = found is not null && found.AsBoolean();
        return found is not null;
    }

    /// <summary>Any integer type, widened to 64 bits.</summary>
    public long GetInt64(string key) => ToInt64(key, this[key]);

    public bool TryGetInt64(string key, out long value)
    {
        value = 0;
        if (!_values.TryGetValue(key, out var found))
        {
            return false;
        }

        value = ToInt64(key, found);
        return true;
    }

    /// <summary>Any integer type that fits 32 bits unsigned; llama.cpp reads most hyperparameters so.</summary>
    public uint GetUInt32(string key)
    {
        var value = GetInt64(key);
        return value is >= 0 and <= uint.MaxValue
            ? (uint)value
            : throw WrongType(key, "an unsigned 32-bit integer");
    }

    /// <summary>Any integer or float type as a double.</summary>
    public double GetDouble(string key) => ToDouble(key, this[key]);

    public bool TryGetDouble(string key, out double value)
    {
        value = 0;
        if (!_values.TryGetValue(key, out var found))
        {
            return false;
        }

        value = ToDouble(key, found);
        return true;
    }

    public GgufArray GetArray(string key) => Require(key, GgufValueType.Array).AsArray();

    public bool TryGetArray(string key, [NotNullWhen(true)] out GgufArray? value)
    {
        value = TryRequire(key, GgufValueType.Array)?.AsArray();
        return value is not null;
    }

    private GgufValue Require(string key, GgufValueType type)
    {
        var value = this[key];
        return value.Type == type ? value : throw WrongType(key, type.ToString());
    }

    private GgufValue? TryRequire(string key, GgufValueType type)
    {
        if (!_values.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.Type == type ? value : throw WrongType(key, type.ToString());
    }

    private long ToInt64(string key, GgufValue value) =>
        value.IsInteger && (value.Type != GgufValueType.UInt64 || value.Get<ulong>() <= long.MaxValue)
            ? value.ToInt64()
            : throw WrongType(key, "an integer");

    private double ToDouble(string key, GgufValue value) =>
        value.IsNumber ? value.ToDouble() : throw WrongType(key, "a number");

    private GgufFormatException WrongType(string key, string expected) =>
        new(GgufErrorCodes.WrongType, $"'{FileName}': metadata key '{key}' is {this[key].Type}, expected {expected}.");
}
