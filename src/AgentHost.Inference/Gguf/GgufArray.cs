namespace AgentHost.Inference.Gguf;

/// <summary>
/// A GGUF metadata array: its element type, its length and its items. Arrays read from a file above a small size
/// (a tokenizer's 150,000 tokens and merges) stay in the file and are read each time <see cref="ReadItems{T}"/> is
/// called, so reading a model's index stays cheap; smaller arrays and arrays built in memory hold their items.
/// </summary>
public sealed class GgufArray
{
    private readonly Array? _items;
    private readonly GgufLazyArraySource? _source;

    private GgufArray(GgufValueType elementType, long count, Array? items, GgufLazyArraySource? source)
    {
        ElementType = elementType;
        Count = count;
        _items = items;
        _source = source;
    }

    /// <summary>The type of every item; <see cref="GgufValueType.Array"/> for an array of arrays.</summary>
    public GgufValueType ElementType { get; }

    /// <summary>How many items the array holds.</summary>
    public long Count { get; }

    /// <summary>False while the items still lie in the file and are read on each access.</summary>
    public bool IsInMemory => _items is not null;

    /// <summary>
    /// An array of <typeparamref name="T"/>: byte, sbyte, ushort, short, uint, int, float, bool, string, ulong, long,
    /// double, or <see cref="GgufArray"/> for nested arrays. The element type follows from <typeparamref name="T"/>.
    /// </summary>
    public static GgufArray Create<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var elementType = GgufTypeMap.ValueTypeOf(typeof(T))
            ?? throw new ArgumentException($"{typeof(T).Name} is not a GGUF array element type.", nameof(items));
        var array = items.ToArray();
        if (array is string[] strings && Array.Exists(strings, s => s is null))
        {
            throw new ArgumentException("A GGUF string array cannot hold null.", nameof(items));
        }

        if (array is GgufArray[] arrays && Array.Exists(arrays, a => a is null))
        {
            throw new ArgumentException("A GGUF array of arrays cannot hold null.", nameof(items));
        }

        return new GgufArray(elementType, array.LongLength, array, null);
    }

    internal static GgufArray InMemory(GgufValueType elementType, Array items) => new(elementType, items.LongLength, items, null);

    internal static GgufArray InFile(GgufValueType elementType, long count, GgufLazyArraySource source) => new(elementType, count, null, source);

    /// <summary>
    /// The items as a new array of <typeparamref name="T"/>, which must be the CLR type of <see cref="ElementType"/>
    /// (e.g. <c>string</c> for tokens, <c>int</c> for token types). Reads them from the file when they are not in memory.
    /// </summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> does not match <see cref="ElementType"/>.</exception>
    /// <exception cref="GgufFormatException">The file changed or can no longer be read.</exception>
    public T[] ReadItems<T>()
    {
        if (GgufTypeMap.ValueTypeOf(typeof(T)) != ElementType)
        {
            throw new InvalidOperationException($"This array holds {ElementType} items, not {typeof(T).Name}.");
        }

        return (T[])(_items is null ? _source!.Load() : _items.Clone());
    }

    /// <summary>Every item as a <see cref="GgufValue"/>, whatever the element type.</summary>
    public IReadOnlyList<GgufValue> ReadValues()
    {
        var items = _items ?? _source!.Load();
        var values = new GgufValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = GgufValue.FromObject(ElementType, items.GetValue(i)!);
        }

        return values;
    }

    /// <summary>The items as stored, for the writer; never handed to callers, who could change them.</summary>
    internal Array GetItemsForWriting() => _items ?? _source!.Load();

    public override string ToString() => $"[{ElementType} x {Count}]";
}
