using TrainingSubsidy.Web.Components.Common;

namespace TrainingSubsidy.Tests.Files;

public sealed class ProgressReportingStreamTests
{
    [Fact]
    public async Task ReportsRunningTotal()
    {
        var reports = new List<long>();
        var bytes = SampleFiles.Pdf(200_000);
        await using var stream = new ProgressReportingStream(new MemoryStream(bytes), reports.Add);
        using var copy = new MemoryStream();

        await stream.CopyToAsync(copy, bufferSize: 65536, TestContext.Current.CancellationToken);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal([65536L, 131072L, 196608L, 200000L], reports);
        Assert.Equal(200_000, stream.BytesRead);
    }

    [Fact]
    public void SynchronousReadsReportToo()
    {
        var reports = new List<long>();
        using var stream = new ProgressReportingStream(new MemoryStream(new byte[10]), reports.Add);
        var buffer = new byte[4];

        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        Assert.Equal([4L, 8L, 10L], reports);
    }

    [Fact]
    public void DisposingClosesInnerStream()
    {
        var inner = new MemoryStream(new byte[4]);
        var stream = new ProgressReportingStream(inner, _ => { });

        stream.Dispose();

        Assert.False(inner.CanRead);
    }
}
