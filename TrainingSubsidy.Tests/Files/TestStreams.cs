namespace TrainingSubsidy.Tests.Files;

/// <summary>
/// Produces <c>totalLength</c> bytes of a repeating pattern after a header, while reporting a false, small
/// <see cref="Length"/>, as a client that lies about the size would. Counts the bytes handed out.
/// </summary>
internal sealed class EndlessStream(byte[] header, long totalLength, long reportedLength) : Stream
{
    public long BytesServed { get; private set; }

    /// <summary>Called after each read with the running total, e.g. to cancel midway.</summary>
    public Action<long>? AfterRead { get; init; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => reportedLength;

    public override long Position
    {
        get => BytesServed;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = totalLength - BytesServed;
        var count = (int)Math.Min(buffer.Length, remaining);
        for (var i = 0; i < count; i++)
        {
            var position = BytesServed + i;
            buffer[i] = position < header.Length ? header[position] : (byte)(position % 199);
        }

        BytesServed += count;
        AfterRead?.Invoke(BytesServed);
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
