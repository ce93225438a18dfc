using System.Buffers.Binary;
using System.Text;

namespace AgentHost.Inference.Gguf;

/// <summary>
/// Little-endian reads over a GGUF file through one buffer, with seeks, and with every end-of-file turned into a
/// <see cref="GgufFormatException"/> (<c>gguf_truncated</c>) that says what was being read.
/// </summary>
internal sealed class GgufByteReader : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private long _bufferStart;
    private int _bufferLength;
    private int _bufferIndex;

    private GgufByteReader(FileStream stream, string fileName)
    {
        _stream = stream;
        FileName = fileName;
        Length = stream.Length;
    }

    public string FileName { get; }

    public long Length { get; }

    /// <summary>What is being read, completing "the file ends inside ..." in the truncation message.</summary>
    public string Context { get; set; } = "the header";

    public long Position => _bufferStart + _bufferIndex;

    public long Remaining => Length - Position;

    /// <exception cref="GgufFormatException">The file is missing (<c>gguf_file_not_found</c>) or cannot be opened.</exception>
    public static GgufByteReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new GgufFormatException(
                GgufErrorCodes.FileNotFound,
                Directory.Exists(path) ? $"'{fileName}' is a directory, not a GGUF file." : $"The GGUF file '{fileName}' does not exist.");
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.RandomAccess);
            return new GgufByteReader(stream, fileName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GgufFormatException(GgufErrorCodes.Unreadable, $"The GGUF file '{fileName}' cannot be opened for reading.", e);
        }
    }

    public GgufFormatException Truncated() =>
        new(GgufErrorCodes.Truncated, $"'{FileName}' is truncated: the file ends inside {Context} ({Length} bytes in all).");

    public GgufFormatException Invalid(string what) => new(GgufErrorCodes.Invalid, $"'{FileName}' is not a valid GGUF file: {what}.");

    public void Seek(long position)
    {
        if (position < 0 || position > Length)
        {
            throw Truncated();
        }

        if (position >= _bufferStart && position <= _bufferStart + _bufferLength)
        {
            _bufferIndex = (int)(position - _bufferStart);
            return;
        }

        _bufferStart = position;
        _bufferLength = 0;
        _bufferIndex = 0;
    }

    public void Skip(long count)
    {
        if (count < 0 || count > Remaining)
        {
            throw Truncated();
        }

        Seek(Position + count);
    }

    public byte ReadByte() => Take(1)[0];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public uint ReadUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>A GGUF string: a 64-bit byte length and that many UTF-8 bytes.</summary>
    public string ReadString()
    {
        var length = ReadStringLength();
        if (length <= BufferSize)
        {
            return _utf8.GetString(Take((int)length));
        }

        var bytes = new byte[length];
        ReadBytes(bytes);
        return _utf8.GetString(bytes);
    }

    public void SkipString() => Skip((long)ReadStringLength());

    public void ReadBytes(Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            if (_bufferIndex == _bufferLength && !Fill())
            {
                throw Truncated();
            }

            var count = Math.Min(destination.Length, _bufferLength - _bufferIndex);
            _buffer.AsSpan(_bufferIndex, count).CopyTo(destination);
            _bufferIndex += count;
            destination = destination[count..];
        }
    }

    public void Dispose() => _stream.Dispose();

    private ulong ReadStringLength()
    {
        var length = ReadUInt64();
        if (length > (ulong)Remaining)
        {
            throw Truncated();
        }

        return length <= int.MaxValue ? length : throw Invalid($"a string in {Context} is longer than 2 GiB");
    }

    /// <summary>The next <paramref name="count"/> bytes (at most the buffer size), valid until the next read.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (_bufferLength - _bufferIndex < count)
        {
            Compact();
            while (_bufferLength < count)
            {
                if (!Fill())
                {
                    throw Truncated();
                }
            }
        }

        var span = _buffer.AsSpan(_bufferIndex, count);
        _bufferIndex += count;
        return span;
    }

    /// <summary>Moves the unread bytes to the front of the buffer.</summary>
    private void Compact()
    {
        var unread = _bufferLength - _bufferIndex;
        if (_bufferIndex > 0)
        {
            _buffer.AsSpan(_bufferIndex, unread).CopyTo(_buffer);
        }

        _bufferStart += _bufferIndex;
        _bufferIndex = 0;
        _bufferLength = unread;
    }

    /// <summary>Reads more bytes after the buffered ones; false at end of file.</summary>
    private bool Fill()
    {
        if (_bufferLength == BufferSize)
        {
            Compact();
            if (_bufferLength == BufferSize)
            {
                return false;
            }
        }

        int read;
        try
        {
            read = RandomAccess.Read(_stream.SafeFileHandle, _buffer.AsSpan(_bufferLength), _bufferStart + _bufferLength);
        }
        catch (IOException e)
        {
            throw new GgufFormatException(GgufErrorCodes.Unreadable, $"Reading '{FileName}' failed while reading {Context}.", e);
        }

        _bufferLength += read;
        return read > 0;
    }
}
