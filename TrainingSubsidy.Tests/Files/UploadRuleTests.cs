using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Tests.Files;

public sealed class UploadRuleTests
{
    [Fact]
    public void DescribeSameLimitForAllKinds()
    {
        Assert.Equal("支持 PDF、JPG、PNG；单个文件不超过 10 MB；最多 5 个", UploadRules.CommitmentLetterScan.Describe());
    }

    [Fact]
    public void DescribeDifferentLimitsPerKind()
    {
        Assert.Equal(
            "支持 PDF、JPG、PNG、MP4；单个文件JPG、PNG 不超过 10 MB，PDF 不超过 20 MB，MP4 不超过 200 MB；最多 50 个",
            UploadRules.TrainingEvidence.Describe());
    }

    [Theory]
    [InlineData(FilePurpose.CommitmentLetterScan, 10, 5)]
    [InlineData(FilePurpose.BusinessLicence, 10, 3)]
    [InlineData(FilePurpose.LegalRepresentativeIdCopy, 10, 3)]
    [InlineData(FilePurpose.PayrollProof, 20, 20)]
    [InlineData(FilePurpose.SignedApplicationForm, 10, 5)]
    public void DocumentRulesAllowPdfJpgPng(FilePurpose purpose, int megabytes, int maxCount)
    {
        var rule = UploadRules.For(purpose);

        Assert.Equal(purpose, rule.Purpose);
        Assert.Equal([FileKind.Pdf, FileKind.Jpeg, FileKind.Png], rule.AllowedKinds);
        Assert.All(rule.MaxBytesByKind.Values, max => Assert.Equal(megabytes * 1024L * 1024, max));
        Assert.Equal(maxCount, rule.MaxCount);
        Assert.False(rule.Allows(FileKind.Mp4));
    }

    [Fact]
    public void AcceptAttributeListsExtensions()
    {
        Assert.Equal(".pdf,.jpg,.jpeg,.png", UploadRules.BusinessLicence.AcceptAttribute);
    }

    [Fact]
    public void CheckCountWithinLimitReturnsNull()
    {
        Assert.Null(UploadRules.BusinessLicence.CheckCount(existing: 1, adding: 2));
    }

    [Fact]
    public void CheckCountOverLimitSaysRemaining()
    {
        var message = UploadRules.BusinessLicence.CheckCount(existing: 1, adding: 3);

        Assert.NotNull(message);
        Assert.Contains("最多上传 3 个", message, StringComparison.Ordinal);
        Assert.Contains("还能选择 2 个", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCountFullSaysDeleteFirst()
    {
        var message = UploadRules.BusinessLicence.CheckCount(existing: 3, adding: 1);

        Assert.NotNull(message);
        Assert.Contains("请先删除", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512L, "512 B")]
    [InlineData(2048L, "2 KB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(200L * 1024 * 1024, "200 MB")]
    public void FileSizeTextFormatsUnits(long bytes, string expected)
    {
        Assert.Equal(expected, FileSizeText.Format(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB }, FileKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, FileKind.Png)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, FileKind.Pdf)]
    [InlineData(new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x70, 0x34, 0x32 }, FileKind.Mp4)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, null)]
    [InlineData(new byte[] { }, null)]
    public void DetectRecognisesSignatures(byte[] header, FileKind? expected)
    {
        Assert.Equal(expected, FileKinds.Detect(header));
    }
}
