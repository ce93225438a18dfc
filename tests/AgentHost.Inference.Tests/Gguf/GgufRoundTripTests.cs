using System.Buffers.Binary;
using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

public sealed class GgufRoundTripTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_metadata_value_type_reads_back_as_written()
    {
        var writer = new GgufWriter();
        writer.AddMetadata("u8", GgufValue.From((byte)200));
        writer.AddMetadata("i8", GgufValue.From((sbyte)-100));
        writer.AddMetadata("u16", GgufValue.From((ushort)60000));
        writer.AddMetadata("i16", GgufValue.From((short)-30000));
        writer.AddMetadata("u32", GgufValue.From(4_000_000_000u));
        writer.AddMetadata("i32", GgufValue.From(-2_000_000_000));
        writer.AddMetadata("f32", GgufValue.From(3.25f));
        writer.AddMetadata("bool", GgufValue.From(true));
        writer.AddMetadata("string", GgufValue.From("病历 — patient record ✓"));
        writer.AddMetadata("u64", GgufValue.From(ulong.MaxValue));
        writer.AddMetadata("i64", GgufValue.From(long.MinValue));
        writer.AddMetadata("f64", GgufValue.From(Math.PI));
        writer.AddMetadata("empty_string", GgufValue.From(string.Empty));
        writer.AddMetadata("strings", GgufValue.FromArray(new[] { "<role>", "", "头痛" }));
        writer.AddMetadata("ints", GgufValue.FromArray(new[] { 1, -2, 3 }));
        writer.AddMetadata("u8s", GgufValue.FromArray(new byte[] { 0, 255 }));
        writer.AddMetadata("i8s", GgufValue.FromArray(new sbyte[] { -128, 127 }));
        writer.AddMetadata("u16s", GgufValue.FromArray(new ushort[] { 1, 65535 }));
        writer.AddMetadata("i16s", GgufValue.FromArray(new short[] { -1, 32767 }));
        writer.AddMetadata("u32s", GgufValue.FromArray(new uint[] { 7, uint.MaxValue }));
        writer.AddMetadata("floats", GgufValue.FromArray(new[] { 0.5f, -1.5f }));
        writer.AddMetadata("bools", GgufValue.FromArray(new[] { true, false, true }));
        writer.AddMetadata("u64s", GgufValue.FromArray(new[] { 1UL, ulong.MaxValue }));
        writer.AddMetadata("i64s", GgufValue.FromArray(new[] { long.MinValue, 5L }));
        writer.AddMetadata("doubles", GgufValue.FromArray(new[] { 1e300, -0.25 }));
        writer.AddMetadata("empty_ints", GgufValue.FromArray(Array.Empty<int>()));
        writer.AddMetadata("nested", GgufValue.FromArray(new[]
        {
            GgufArray.Create(new[] { 1, 2 }),
            GgufArray.Create(new[] { GgufArray.Create(new[] { "deep" }) }),
            GgufArray.Create(Array.Empty<string>()),
        }));
        var path = _temp.File("values.gguf");
        await writer.WriteAsync(path);

        var metadata = GgufReader.Read(path).Metadata;

        Assert.Equal(
            ["u8", "i8", "u16", "i16", "u32", "i32", "f32", "bool", "string", "u64", "i64", "f64", "empty_string", "strings", "ints", "u8s", "i8s",
             "u16s", "i16s", "u32s", "floats", "bools", "u64s", "i64s", "doubles", "empty_ints", "nested"],
            metadata.Keys);
        Assert.Equal((byte)200, metadata["u8"].Get<byte>());
        Assert.Equal((sbyte)-100, metadata["i8"].Get<sbyte>());
        Assert.Equal((ushort)60000, metadata["u16"].Get<ushort>());
        Assert.Equal((short)-30000, metadata["i16"].Get<short>());
        Assert.Equal(4_000_000_000u, metadata.GetUInt32("u32"));
        Assert.Equal(-2_000_000_000, metadata["i32"].Get<int>());
        Assert.Equal(3.25, metadata.GetDouble("f32"));
        Assert.True(metadata.GetBoolean("bool"));
        Assert.Equal("病历 — patient record ✓", metadata.GetString("string"));
        Assert.Equal(ulong.MaxValue, metadata["u64"].Get<ulong>());
        Assert.Equal(long.MinValue, metadata.GetInt64("i64"));
        Assert.Equal(Math.PI, metadata["f64"].Get<double>());
        Assert.Equal(string.Empty, metadata.GetString("empty_string"));
        Assert.Equal(["<role>", "", "头痛"], metadata.GetArray("strings").ReadItems<string>());
        Assert.Equal([1, -2, 3], metadata.GetArray("ints").ReadItems<int>());
        Assert.Equal(new byte[] { 0, 255 }, metadata.GetArray("u8s").ReadItems<byte>());
        Assert.Equal(new sbyte[] { -128, 127 }, metadata.GetArray("i8s").ReadItems<sbyte>());
        Assert.Equal(new ushort[] { 1, 65535 }, metadata.GetArray("u16s").ReadItems<ushort>());
        Assert.Equal(new short[] { -1, 32767 }, metadata.GetArray("i16s").ReadItems<short>());
        Assert.Equal([7u, uint.MaxValue], metadata.GetArray("u32s").ReadItems<uint>());
        Assert.Equal([0.5f, -1.5f], metadata.GetArray("floats").ReadItems<float>());
        Assert.Equal([true, false, true], metadata.GetArray("bools").ReadItems<bool>());
        Assert.Equal([1UL, ulong.MaxValue], metadata.GetArray("u64s").ReadItems<ulong>());
        Assert.Equal([long.MinValue, 5L], metadata.GetArray("i64s").ReadItems<long>());
        Assert.Equal([1e300, -0.25], metadata.GetArray("doubles").ReadItems<double>());
        Assert.Equal(0, metadata.GetArray("empty_ints").Count);
        Assert.Equal(GgufValueType.Int32, metadata.GetArray("empty_ints").ElementType);

        var nested = metadata.GetArray("nested");
        Assert.Equal(GgufValueType.Array, nested.ElementType);
        var inner = nested.ReadItems<GgufArray>();
        Assert.Equal([1, 2], inner[0].ReadItems<int>());
        Assert.Equal(["deep"], inner[1].ReadItems<GgufArray>()[0].ReadItems<string>());
        Assert.Equal(GgufValueType.String, inner[2].ElementType);
        Assert.Equal(0, inner[2].Count);
    }

    [Fact]
    public async Task Large_arrays_stay_in_the_file_and_are_read_on_demand()
    {
        var tokens = Enumerable.Range(0, 5000).Select(i => $"token{i}").ToArray();
        var types = Enumerable.Range(0, 5000).Select(i => i % 7).ToArray();
        var writer = new GgufWriter();
        writer.AddMetadata(GgufKeys.TokenizerTokens, GgufValue.FromArray(tokens));
        writer.AddMetadata(GgufKeys.TokenizerTokenType, GgufValue.FromArray(types));
        writer.AddMetadata("after", GgufValue.From("still read"));
        var path = _temp.File("large.gguf");
        await writer.WriteAsync(path);

        var metadata = GgufReader.Read(path).Metadata;

        var lazyTokens = metadata.GetArray(GgufKeys.TokenizerTokens);
        Assert.False(lazyTokens.IsInMemory);
        Assert.Equal(5000, lazyTokens.Count);
        Assert.Equal(tokens, lazyTokens.ReadItems<string>());
        Assert.Equal(types, metadata.GetArray(GgufKeys.TokenizerTokenType).ReadItems<int>());
        Assert.Equal("still read", metadata.GetString("after"));
        Assert.Equal("token4999", lazyTokens.ReadValues()[4999].AsString());
    }

    [Fact]
    public async Task Tensors_read_back_with_shape_type_offsets_and_values()
    {
        var writer = new GgufWriter();
        writer.AddMetadata(GgufKeys.Architecture, GgufValue.From("test"));
        static void Ramp(long row, Span<float> values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ((row * 1000) + i - 37) / 64.0f;
            }
        }

        writer.AddTensor("f32", GgmlType.F32, [5, 3], Ramp);
        writer.AddTensor("f16", GgmlType.F16, [7, 2, 2], Ramp);
        writer.AddTensor("q8", GgmlType.Q8_0, [64, 3], Ramp);
        writer.AddTensor("vector", GgmlType.F32, [1], (_, v) => v[0] = 42);
        var path = _temp.File("tensors.gguf");
        await writer.WriteAsync(path);

        var file = GgufReader.Read(path);

        Assert.Equal(3u, file.Version);
        Assert.Equal(32u, file.Alignment);
        Assert.Equal(0, file.DataOffset % 32);
        Assert.Equal(["f32", "f16", "q8", "vector"], file.Tensors.Select(t => t.Name));
        Assert.All(file.Tensors, t => Assert.Equal(0, t.Offset % 32));
        var f32 = file.FindTensor("f32")!;
        Assert.Equal([5L, 3L], f32.Shape);
        Assert.Equal(GgmlType.F32, f32.Type);
        Assert.Equal(60, f32.ByteSize);
        Assert.Equal(15, f32.ElementCount);
        Assert.Equal(Expected(5, 3), file.ReadTensorAsFloat32(f32));

        var f16 = file.FindTensor("f16")!;
        Assert.Equal([7L, 2L, 2L], f16.Shape);
        Assert.Equal(56, f16.ByteSize);
        Assert.Equal(Expected(7, 4).Select(v => (float)(Half)v), file.ReadTensorAsFloat32(f16));

        var q8 = file.FindTensor("q8")!;
        Assert.Equal(GgmlType.Q8_0, q8.Type);
        Assert.Equal(6 * 34, q8.ByteSize);
        var expectedQ8 = new byte[q8.ByteSize];
        GgmlQuantization.QuantizeQ8_0(Expected(64, 3), expectedQ8);
        Assert.Equal(expectedQ8, file.ReadTensorData(q8));

        Assert.Equal([42f], file.ReadTensorAsFloat32(file.FindTensor("vector")!));
        Assert.Equal(file.FileSize, file.GetAbsoluteOffset(file.Tensors[^1]) + 32);
        Assert.Null(file.FindTensor("missing"));

        static float[] Expected(int rowLength, int rows)
        {
            var values = new float[rowLength * rows];
            for (var r = 0; r < rows; r++)
            {
                Ramp(r, values.AsSpan(r * rowLength, rowLength));
            }

            return values;
        }
    }

    [Fact]
    public async Task A_non_default_alignment_is_written_as_general_alignment_and_honoured()
    {
        var writer = new GgufWriter(alignment: 256);
        writer.AddTensor("a", GgmlType.F32, [3], (_, v) => v.Fill(1));
        writer.AddTensor("b", GgmlType.F32, [5], (_, v) => v.Fill(2));
        var path = _temp.File("aligned.gguf");
        await writer.WriteAsync(path);

        var file = GgufReader.Read(path);

        Assert.Equal(256u, file.Metadata.GetUInt32(GgufKeys.Alignment));
        Assert.Equal(256u, file.Alignment);
        Assert.Equal(0, file.DataOffset % 256);
        Assert.Equal(256, file.FindTensor("b")!.Offset);
        Assert.Equal([2f, 2f, 2f, 2f, 2f], file.ReadTensorAsFloat32(file.FindTensor("b")!));
    }

    [Fact]
    public async Task The_header_is_gguf_v3_little_endian()
    {
        var writer = new GgufWriter();
        writer.AddMetadata("k", GgufValue.From(1u));
        writer.AddTensor("t", GgmlType.F32, [8], (_, v) => v.Fill(0));
        var path = _temp.File("header.gguf");
        await writer.WriteAsync(path);

        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Equal("GGUF"u8.ToArray(), bytes[..4]);
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal(1ul, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(1ul, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(16)));
    }

    [Fact]
    public void The_writer_refuses_what_it_cannot_write()
    {
        var writer = new GgufWriter();
        writer.AddMetadata("k", GgufValue.From(1));
        writer.AddTensor("t", GgmlType.F32, [4], (_, _) => { });

        Assert.Throws<ArgumentException>(() => writer.AddMetadata("k", GgufValue.From(2)));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("t", GgmlType.F32, [4], (_, _) => { }));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("q4", GgmlType.Q4_K, [256], (_, _) => { }));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("odd", GgmlType.Q8_0, [48], (_, _) => { }));
        Assert.Throws<ArgumentException>(() => writer.AddTensor("wide", GgmlType.F32, [1, 2, 3, 4, 5], (_, _) => { }));
        Assert.Throws<ArgumentException>(() => writer.AddMetadata(GgufKeys.Alignment, GgufValue.From(64u)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GgufWriter(alignment: 48));
        Assert.Throws<ArgumentException>(() => GgufArray.Create(new[] { "a", null! }));
        Assert.Throws<ArgumentException>(() => GgufArray.Create(new[] { DateTime.Now }));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_no_file()
    {
        var writer = new GgufWriter();
        writer.AddTensor("t", GgmlType.F32, [1024, 2048], (_, v) => v.Fill(1));
        var path = _temp.File("cancelled.gguf");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(path, cancellation.Token));

        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public async Task Typed_getters_report_missing_keys_and_wrong_types_with_the_file_name()
    {
        var writer = new GgufWriter();
        writer.AddMetadata("text", GgufValue.From("x"));
        writer.AddMetadata("negative", GgufValue.From(-1));
        var path = _temp.File("typed.gguf");
        await writer.WriteAsync(path);
        var metadata = GgufReader.Read(path).Metadata;

        var missing = Assert.Throws<GgufFormatException>(() => metadata.GetString("absent"));
        Assert.Equal(GgufErrorCodes.MissingKey, missing.Code);
        Assert.Contains("typed.gguf", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'absent'", missing.Message, StringComparison.Ordinal);
        Assert.Equal(GgufErrorCodes.WrongType, Assert.Throws<GgufFormatException>(() => metadata.GetInt64("text")).Code);
        Assert.Equal(GgufErrorCodes.WrongType, Assert.Throws<GgufFormatException>(() => metadata.GetUInt32("negative")).Code);
        Assert.Equal(GgufErrorCodes.WrongType, Assert.Throws<GgufFormatException>(() => metadata.GetArray("text")).Code);
        Assert.False(metadata.TryGetString("absent", out _));
        Assert.True(metadata.TryGetInt64("negative", out var negative));
        Assert.Equal(-1, negative);
        Assert.Throws<InvalidOperationException>(() => metadata["text"].Get<int>());
    }
}
