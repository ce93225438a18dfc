using AgentHost.Inference.Gguf;

namespace AgentHost.Inference.Tests.Gguf;

public sealed class GgufReaderErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_missing_file_is_gguf_file_not_found()
    {
        var error = Read(_temp.File("absent.gguf"), GgufErrorCodes.FileNotFound);

        Assert.Contains("'absent.gguf'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_gguf_file_not_found() => Read(_temp.Path, GgufErrorCodes.FileNotFound);

    [Fact]
    public void An_empty_file_is_not_gguf() => Read(Write("empty.gguf", []), GgufErrorCodes.BadMagic);

    [Fact]
    public void A_file_with_another_magic_is_not_gguf()
    {
        var error = Read(Write("model.bin", "PK\u0003\u0004 this is a zip"u8.ToArray()), GgufErrorCodes.BadMagic);

        Assert.Equal("'model.bin' is not a GGUF file: it does not start with the GGUF magic.", error.Message);
    }

    [Fact]
    public void A_file_cut_inside_the_magic_is_truncated() => Read(Write("gg.gguf", "GG"u8.ToArray()), GgufErrorCodes.Truncated);

    [Theory]
    [InlineData(1u)]
    [InlineData(4u)]
    [InlineData(0x03000000u)]
    public void Versions_other_than_2_and_3_are_unsupported(uint version)
    {
        var path = new RawGgufBuilder().Header(version, 0, 0).WriteTo(_temp.File("version.gguf"));

        var error = Read(path, GgufErrorCodes.UnsupportedVersion);

        Assert.Contains("'version.gguf'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_2_is_read()
    {
        var path = new RawGgufBuilder().Header(2, 0, 1).String("general.name").UInt32(8).String("v2").WriteTo(_temp.File("v2.gguf"));

        var file = GgufReader.Read(path);

        Assert.Equal(2u, file.Version);
        Assert.Equal("v2", file.Metadata.GetString(GgufKeys.Name));
    }

    [Fact]
    public async Task A_file_cut_anywhere_in_its_header_metadata_or_index_is_truncated()
    {
        var complete = await File.ReadAllBytesAsync(await WriteValidModelAsync());
        var dataOffset = GgufReader.Read(_temp.File("valid.gguf")).DataOffset;

        foreach (var length in new[] { 5, 8, 23, 30, 60, 100, 180, (int)dataOffset - 40, (int)dataOffset - 1 })
        {
            var error = Read(Write($"cut{length}.gguf", complete[..length]), GgufErrorCodes.Truncated);
            Assert.StartsWith($"'cut{length}.gguf' is truncated: the file ends inside ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_cut_inside_tensor_data_is_truncated_and_names_the_tensor()
    {
        var complete = await File.ReadAllBytesAsync(await WriteValidModelAsync());

        var error = Read(Write("short.gguf", complete[..^40]), GgufErrorCodes.Truncated);

        Assert.Equal("'short.gguf' is truncated: the file ends inside the data of tensor 'weights' (" + (complete.Length - 40) + " bytes in all).", error.Message);
    }

    [Fact]
    public void An_unknown_metadata_type_is_invalid()
    {
        var path = new RawGgufBuilder().Header(3, 0, 1).String("key").UInt32(13).UInt32(0).WriteTo(_temp.File("type.gguf"));

        var error = Read(path, GgufErrorCodes.Invalid);

        Assert.Contains("'key'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_metadata_key_is_invalid()
    {
        var path = new RawGgufBuilder().Header(3, 0, 2)
            .String("key").UInt32(4).UInt32(1)
            .String("key").UInt32(4).UInt32(2)
            .WriteTo(_temp.File("twice.gguf"));

        Read(path, GgufErrorCodes.Invalid);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(48u)]
    public void An_alignment_that_is_not_a_power_of_two_is_invalid(uint alignment)
    {
        var path = new RawGgufBuilder().Header(3, 0, 1).String(GgufKeys.Alignment).UInt32(4).UInt32(alignment).WriteTo(_temp.File("align.gguf"));

        Read(path, GgufErrorCodes.Invalid);
    }

    [Fact]
    public void An_unknown_tensor_type_is_invalid()
    {
        var path = new RawGgufBuilder().Header(3, 1, 0)
            .String("t").UInt32(1).UInt64(32).UInt32(4).UInt64(0)
            .PadTo(32).Bytes(new byte[128])
            .WriteTo(_temp.File("ttype.gguf"));

        var error = Read(path, GgufErrorCodes.Invalid);

        Assert.Contains("tensor 't'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tensor_offset_off_the_alignment_is_invalid()
    {
        var path = new RawGgufBuilder().Header(3, 1, 0)
            .String("t").UInt32(1).UInt64(8).UInt32(0).UInt64(4)
            .PadTo(32).Bytes(new byte[64])
            .WriteTo(_temp.File("offset.gguf"));

        Read(path, GgufErrorCodes.Invalid);
    }

    [Fact]
    public void A_q8_0_row_that_is_not_whole_blocks_is_invalid()
    {
        var path = new RawGgufBuilder().Header(3, 1, 0)
            .String("t").UInt32(1).UInt64(40).UInt32((uint)GgmlType.Q8_0).UInt64(0)
            .PadTo(32).Bytes(new byte[64])
            .WriteTo(_temp.File("blocks.gguf"));

        Read(path, GgufErrorCodes.Invalid);
    }

    [Fact]
    public void A_duplicate_tensor_name_is_invalid()
    {
        var path = new RawGgufBuilder().Header(3, 2, 0)
            .String("t").UInt32(1).UInt64(8).UInt32(0).UInt64(0)
            .String("t").UInt32(1).UInt64(8).UInt32(0).UInt64(32)
            .PadTo(32).Bytes(new byte[64])
            .WriteTo(_temp.File("tensors.gguf"));

        var error = Read(path, GgufErrorCodes.Invalid);

        Assert.Contains("'t'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_counts_in_a_small_file_are_truncation_not_allocation()
    {
        var path = new RawGgufBuilder().Header(3, 0, 1).String("tokens").UInt32(9).UInt32(8).UInt64(ulong.MaxValue / 2).WriteTo(_temp.File("huge.gguf"));

        Read(path, GgufErrorCodes.Truncated);
    }

    [Fact]
    public void Messages_name_the_file_but_not_its_directory()
    {
        var error = Read(Write("secret.gguf", "not gguf at all"u8.ToArray()), GgufErrorCodes.BadMagic);

        Assert.DoesNotContain(_temp.Path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not gguf at all", error.Message, StringComparison.Ordinal);
        Assert.Equal(500, error.StatusCode);
    }

    private static GgufFormatException Read(string path, string code)
    {
        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Read(path));
        Assert.Equal(code, error.Code);
        return error;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<string> WriteValidModelAsync()
    {
        var writer = new GgufWriter();
        writer.AddMetadata(GgufKeys.Architecture, GgufValue.From("test"));
        writer.AddMetadata("test.list", GgufValue.FromArray(new[] { "a", "bb", "ccc" }));
        writer.AddMetadata("test.count", GgufValue.From(3u));
        writer.AddTensor("weights", GgmlType.F32, [16, 4], (_, v) => v.Fill(0.5f));
        var path = _temp.File("valid.gguf");
        await writer.WriteAsync(path);
        return path;
    }
}
