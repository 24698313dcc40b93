using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Tests.Files;

public sealed class FileStoreTests : IDisposable
{
    private const string UserId = "user-1";
    private const long Megabyte = 1024 * 1024;

    private readonly StoragePaths _paths;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2020, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly FileStore _store;

    public FileStoreTests()
    {
        _paths = new StoragePaths(Path.Combine(Path.GetTempPath(), "ts-files", Guid.NewGuid().ToString("N")));
        _paths.EnsureCreated();
        _store = new FileStore(_paths, _clock);
    }

    public void Dispose() => Directory.Delete(_paths.DataDirectory, recursive: true);

    [Theory]
    [InlineData(FileKind.Jpeg, "现场照片.jpg", ".jpg")]
    [InlineData(FileKind.Jpeg, "现场照片.JPEG", ".jpg")]
    [InlineData(FileKind.Png, "截图.png", ".png")]
    [InlineData(FileKind.Pdf, "平台报告.pdf", ".pdf")]
    [InlineData(FileKind.Mp4, "直播回放.mp4", ".mp4")]
    public async Task ValidFileStoredUnderRandomName(FileKind kind, string name, string storedExtension)
    {
        var bytes = SampleFiles.For(kind, 300_000);

        var result = await SaveAsync(bytes, name, UploadRules.TrainingEvidence);

        Assert.True(result.Succeeded, result.Error);
        var file = result.File!;
        Assert.Matches("^[0-9a-f]{32}$", Path.GetFileNameWithoutExtension(file.StoredName));
        Assert.Equal(storedExtension, Path.GetExtension(file.StoredName));
        Assert.Equal(name, file.OriginalName);
        Assert.Equal(kind, file.Kind);
        Assert.Equal(FilePurpose.TrainingEvidence, file.Purpose);
        Assert.Equal(bytes.Length, file.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(42, file.EnterpriseId);
        Assert.Equal(UserId, file.UploadedByUserId);
        Assert.Equal(_clock.GetUtcNow(), file.UploadedAt);
        var storedPath = Path.Combine(_paths.FilesDirectory, file.StoredName);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(storedPath, TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFiles(_paths.FilesDirectory));
    }

    [Fact]
    public async Task TwoUploadsGetDifferentNames()
    {
        var first = await SaveAsync(SampleFiles.Pdf(), "a.pdf", UploadRules.CommitmentLetterScan);
        var second = await SaveAsync(SampleFiles.Pdf(), "a.pdf", UploadRules.CommitmentLetterScan);

        Assert.NotEqual(first.File!.StoredName, second.File!.StoredName);
        Assert.Equal(first.File.Sha256, second.File.Sha256);
    }

    [Fact]
    public async Task OpenReadReturnsStoredBytes()
    {
        var bytes = SampleFiles.Png(5000);
        var result = await SaveAsync(bytes, "scan.png", UploadRules.BusinessLicence);

        await using var stream = _store.OpenRead(result.File!);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task ExecutableRenamedToPdfRejected()
    {
        var result = await SaveAsync(SampleFiles.Executable(), "培训计划.pdf", UploadRules.CommitmentLetterScan);

        Assert.False(result.Succeeded);
        Assert.Contains("培训计划.pdf", result.Error, StringComparison.Ordinal);
        Assert.Contains("无法识别", result.Error, StringComparison.Ordinal);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task ExecutableExtensionRejected()
    {
        var result = await SaveAsync(SampleFiles.Executable(), "setup.exe", UploadRules.CommitmentLetterScan);

        Assert.False(result.Succeeded);
        Assert.Contains("setup.exe", result.Error, StringComparison.Ordinal);
        Assert.Contains("PDF、JPG、PNG", result.Error, StringComparison.Ordinal);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task PngNamedPdfRejectedAsMismatch()
    {
        var result = await SaveAsync(SampleFiles.Png(), "承诺书.pdf", UploadRules.CommitmentLetterScan);

        Assert.False(result.Succeeded);
        Assert.Contains("承诺书.pdf", result.Error, StringComparison.Ordinal);
        Assert.Contains("扩展名与内容不符", result.Error, StringComparison.Ordinal);
        Assert.Contains(".png", result.Error, StringComparison.Ordinal);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task KindOutsideRuleRejected()
    {
        var result = await SaveAsync(SampleFiles.Mp4(), "video.mp4", UploadRules.CommitmentLetterScan);

        Assert.False(result.Succeeded);
        Assert.Contains("video.mp4", result.Error, StringComparison.Ordinal);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task EmptyFileRejected()
    {
        var result = await SaveAsync([], "empty.pdf", UploadRules.CommitmentLetterScan);

        Assert.False(result.Succeeded);
        Assert.Contains("空文件", result.Error, StringComparison.Ordinal);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task OversizeFileRejectedWhileStreaming()
    {
        // Claims 1 KB but sends 50 MB, so only counting the bytes read can catch it.
        var content = new EndlessStream(SampleFiles.Pdf(64), 50 * Megabyte, reportedLength: 1024);

        var result = await _store.SaveAsync(
            content, "big.pdf", UploadRules.CommitmentLetterScan, 42, UserId, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("big.pdf", result.Error, StringComparison.Ordinal);
        Assert.Contains("10 MB", result.Error, StringComparison.Ordinal);
        Assert.True(content.BytesServed < 11 * Megabyte, $"read {content.BytesServed} bytes after passing the limit");
        AssertFolderEmpty();
    }

    [Fact]
    public async Task FileAtExactLimitStored()
    {
        var content = new EndlessStream(SampleFiles.Pdf(64), 10 * Megabyte, reportedLength: 0);

        var result = await _store.SaveAsync(
            content, "exact.pdf", UploadRules.CommitmentLetterScan, 42, UserId, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(10 * Megabyte, result.File!.Length);
    }

    [Fact]
    public async Task CancellationRaisesAndLeavesNoFile()
    {
        using var cancellation = new CancellationTokenSource();
        var content = new EndlessStream(SampleFiles.Pdf(64), 5 * Megabyte, reportedLength: 5 * Megabyte)
        {
            AfterRead = served =>
            {
                if (served > Megabyte)
                {
                    cancellation.Cancel();
                }
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.SaveAsync(
            content, "scan.pdf", UploadRules.CommitmentLetterScan, 42, UserId, cancellation.Token));

        Assert.True(content.BytesServed < 5 * Megabyte);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task FailingStreamLeavesNoFile()
    {
        var content = new EndlessStream(SampleFiles.Pdf(64), 5 * Megabyte, reportedLength: 0)
        {
            AfterRead = served =>
            {
                if (served > Megabyte)
                {
                    throw new IOException("connection lost");
                }
            },
        };

        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(
            content, "scan.pdf", UploadRules.CommitmentLetterScan, 42, UserId, TestContext.Current.CancellationToken));

        AssertFolderEmpty();
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\scan.pdf", "scan.pdf")]
    [InlineData("/var/www/wwwroot/scan.pdf", "scan.pdf")]
    [InlineData("C:\\Users\\王𠮷\\Desktop\\扫描件.pdf", "扫描件.pdf")]
    public async Task PathInNameKeepsOnlyFileName(string name, string expected)
    {
        var result = await SaveAsync(SampleFiles.Pdf(), name, UploadRules.CommitmentLetterScan);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.File!.OriginalName);
        Assert.Single(Directory.GetFiles(_paths.FilesDirectory));
        Assert.Empty(Directory.GetFiles(_paths.DataDirectory));
    }

    [Fact]
    public async Task OverlongNameTruncatedKeepingExtension()
    {
        var name = new string('培', 200) + ".pdf";

        var result = await SaveAsync(SampleFiles.Pdf(), name, UploadRules.CommitmentLetterScan);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(FileNameSanitizer.MaxLength, result.File!.OriginalName.Length);
        Assert.EndsWith("培.pdf", result.File.OriginalName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameOfOnlyDotsRejected()
    {
        var result = await SaveAsync(SampleFiles.Pdf(), "../..", UploadRules.CommitmentLetterScan);

        Assert.False(result.Succeeded);
        Assert.Equal(UploadMessages.NameMissing, result.Error);
        AssertFolderEmpty();
    }

    [Fact]
    public async Task DiscardDeletesUnrecordedFile()
    {
        var result = await SaveAsync(SampleFiles.Pdf(), "scan.pdf", UploadRules.CommitmentLetterScan);

        _store.Discard(result.File!);

        AssertFolderEmpty();
    }

    [Fact]
    public async Task StoredRecordSavesToDatabase()
    {
        await using var database = await Support.TestDatabase.CreateAsync();
        var store = new FileStore(database.Paths, database.Clock);
        using var content = new MemoryStream(SampleFiles.Jpeg());
        var result = await store.SaveAsync(
            content, "photo.jpg", UploadRules.TrainingEvidence, null, UserId, TestContext.Current.CancellationToken);

        await using (var db = database.CreateDbContext())
        {
            db.Add(result.File!);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateDbContext();
        var saved = Assert.Single(check.Set<StoredFile>());
        Assert.Equal(result.File!.Sha256, saved.Sha256);
        Assert.Equal(FileKind.Jpeg, saved.Kind);
        Assert.Throws<InvalidOperationException>(() => store.Discard(saved));
    }

    private async Task<UploadResult> SaveAsync(byte[] bytes, string name, UploadRule rule)
    {
        using var content = new MemoryStream(bytes);
        return await _store.SaveAsync(content, name, rule, 42, UserId, TestContext.Current.CancellationToken);
    }

    /// <summary>Checks that no stored or temporary file remains.</summary>
    private void AssertFolderEmpty() => Assert.Empty(Directory.GetFiles(_paths.FilesDirectory));
}
