using System.Globalization;

namespace AgentHost.Inference.Gguf;

/// <summary>One GGUF metadata value: a scalar of one of the twelve scalar types, a string, or an array.</summary>
public sealed class GgufValue
{
    private readonly object _value;

    private GgufValue(GgufValueType type, object value)
    {
        Type = type;
        _value = value;
    }

    public GgufValueType Type { get; }

    /// <summary>Whether the value is one of the eight integer types.</summary>
    public bool IsInteger => GgufTypeMap.IsInteger(Type);

    /// <summary>Whether the value is an integer or a float.</summary>
    public bool IsNumber => IsInteger || GgufTypeMap.IsFloat(Type);

    public static GgufValue From(byte value) => new(GgufValueType.UInt8, value);

    public static GgufValue From(sbyte value) => new(GgufValueType.Int8, value);

    public static GgufValue From(ushort value) => new(GgufValueType.UInt16, value);

    public static GgufValue From(short value) => new(GgufValueType.Int16, value);

    public static GgufValue From(uint value) => new(GgufValueType.UInt32, value);

    public static GgufValue From(int value) => new(GgufValueType.Int32, value);

    public static GgufValue From(float value) => new(GgufValueType.Float32, value);

    public static GgufValue From(bool value) => new(GgufValueType.Bool, value);

    public static GgufValue From(ulong value) => new(GgufValueType.UInt64, value);

    public static GgufValue From(long value) => new(GgufValueType.Int64, value);

    public static GgufValue From(double value) => new(GgufValueType.Float64, value);

    public static GgufValue From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(GgufValueType.String, value);
    }

    public static GgufValue From(GgufArray value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(GgufValueType.Array, value);
    }

    /// <summary>An array value holding <paramref name="items"/>; see <see cref="GgufArray.Create{T}"/>.</summary>
    public static GgufValue FromArray<T>(IEnumerable<T> items) => From(GgufArray.Create(items));

    internal static GgufValue FromObject(GgufValueType type, object value) => new(type, value);

    /// <summary>The value as its own CLR type (<c>uint</c> for UInt32, <c>string</c>, <see cref="GgufArray"/>, ...).</summary>
    public T Get<T>() => _value is T typed && GgufTypeMap.ValueTypeOf(typeof(T)) == Type
        ? typed
        : throw new InvalidOperationException($"This value is {Type}, not {typeof(T).Name}.");

    public string AsString() => Get<string>();

    public bool AsBoolean() => Get<bool>();

    public GgufArray AsArray() => Get<GgufArray>();

    /// <summary>Any integer type as a 64-bit signed integer.</summary>
    /// <exception cref="InvalidOperationException">Not an integer, or a UInt64 above <see cref="long.MaxValue"/>.</exception>
    public long ToInt64() => _value switch
    {
        byte v => v,
        sbyte v => v,
        ushort v => v,
        short v => v,
        uint v => v,
        int v => v,
        long v => v,
        ulong v when v <= long.MaxValue => (long)v,
        ulong => throw new InvalidOperationException("This UInt64 value does not fit a signed 64-bit integer."),
        _ => throw new InvalidOperationException($"This value is {Type}, not an integer."),
    };

    /// <summary>Any integer or float type as a double.</summary>
    public double ToDouble() => _value switch
    {
        float v => v,
        double v => v,
        ulong v => v,
        _ when IsInteger => ToInt64(),
        _ => throw new InvalidOperationException($"This value is {Type}, not a number."),
    };

    /// <summary>The raw value, for the writer.</summary>
    internal object Raw => _value;

    public override string ToString() => _value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        GgufArray a => a.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => _value.ToString() ?? string.Empty,
    };
}
