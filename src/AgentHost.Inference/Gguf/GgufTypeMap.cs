namespace AgentHost.Inference.Gguf;

/// <summary>Maps GGUF value types to the CLR types that hold them, and gives fixed element sizes.</summary>
internal static class GgufTypeMap
{
    private static readonly Dictionary<Type, GgufValueType> _valueTypes = new()
    {
        [typeof(byte)] = GgufValueType.UInt8,
        [typeof(sbyte)] = GgufValueType.Int8,
        [typeof(ushort)] = GgufValueType.UInt16,
        [typeof(short)] = GgufValueType.Int16,
        [typeof(uint)] = GgufValueType.UInt32,
        [typeof(int)] = GgufValueType.Int32,
        [typeof(float)] = GgufValueType.Float32,
        [typeof(bool)] = GgufValueType.Bool,
        [typeof(string)] = GgufValueType.String,
        [typeof(GgufArray)] = GgufValueType.Array,
        [typeof(ulong)] = GgufValueType.UInt64,
        [typeof(long)] = GgufValueType.Int64,
        [typeof(double)] = GgufValueType.Float64,
    };

    public static GgufValueType? ValueTypeOf(Type clrType) =>
        _valueTypes.TryGetValue(clrType, out var type) ? type : null;

    public static bool IsDefined(GgufValueType type) => type <= GgufValueType.Float64;

    /// <summary>Bytes per item for fixed-size types; 0 for strings and arrays, whose size is in the data.</summary>
    public static int FixedSize(GgufValueType type) => type switch
    {
        GgufValueType.UInt8 or GgufValueType.Int8 or GgufValueType.Bool => 1,
        GgufValueType.UInt16 or GgufValueType.Int16 => 2,
        GgufValueType.UInt32 or GgufValueType.Int32 or GgufValueType.Float32 => 4,
        GgufValueType.UInt64 or GgufValueType.Int64 or GgufValueType.Float64 => 8,
        _ => 0,
    };

    public static bool IsInteger(GgufValueType type) => type is GgufValueType.UInt8 or GgufValueType.Int8
        or GgufValueType.UInt16 or GgufValueType.Int16 or GgufValueType.UInt32 or GgufValueType.Int32
        or GgufValueType.UInt64 or GgufValueType.Int64;

    public static bool IsFloat(GgufValueType type) => type is GgufValueType.Float32 or GgufValueType.Float64;

    public static Array NewArray(GgufValueType type, int length) => type switch
    {
        GgufValueType.UInt8 => new byte[length],
        GgufValueType.Int8 => new sbyte[length],
        GgufValueType.UInt16 => new ushort[length],
        GgufValueType.Int16 => new short[length],
        GgufValueType.UInt32 => new uint[length],
        GgufValueType.Int32 => new int[length],
        GgufValueType.Float32 => new float[length],
        GgufValueType.Bool => new bool[length],
        GgufValueType.String => new string[length],
        GgufValueType.Array => new GgufArray[length],
        GgufValueType.UInt64 => new ulong[length],
        GgufValueType.Int64 => new long[length],
        GgufValueType.Float64 => new double[length],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown GGUF value type."),
    };
}
