namespace Juesuan.Documents.Office;

/// <summary>
/// A read-only view of a stream that ends after a byte budget and remembers that it did,
/// so that a caller can tell "too large" from "damaged" when the consumer then fails.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    /// <summary>Bytes delivered so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>True once the input had more bytes than the budget.</summary>
    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded || buffer.IsEmpty)
        {
            return 0;
        }

        var remaining = limit - BytesRead;

        // Ask for one byte more than the budget allows, to learn whether the input goes on.
        var want = (int)Math.Min(buffer.Length, Math.Max(remaining, 0) + 1);
        var n = inner.Read(buffer[..want]);
        if (n > remaining)
        {
            Exceeded = true;
            BytesRead = limit;
            return 0;
        }

        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
