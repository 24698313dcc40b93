using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Tests.Files;

public sealed class FileNameSanitizerTests
{
    [Theory]
    [InlineData("营业执照.pdf", "营业执照.pdf")]
    [InlineData("../secret.pdf", "secret.pdf")]
    [InlineData("..\\..\\boot.ini", "boot.ini")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("\\\\server\\share\\scan.png", "scan.png")]
    [InlineData("报告\u200B.pdf", "报告.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("line\r\nbreak\t.pdf", "linebreak.pdf")]
    [InlineData("a   b.pdf", "a b.pdf")]
    [InlineData("what?<>|*\".pdf", "what.pdf")]
    [InlineData(" .hidden.pdf. ", "hidden.pdf")]
    [InlineData("王𠮷.jpg", "王𠮷.jpg")]
    [InlineData("..", "")]
    [InlineData("", "")]
    public void SanitizeCleansName(string input, string expected)
    {
        Assert.Equal(expected, FileNameSanitizer.Sanitize(input));
    }

    [Fact]
    public void SanitizeLoneSurrogateRemoved()
    {
        Assert.Equal("ab.pdf", FileNameSanitizer.Sanitize("a\uD842b.pdf"));
    }

    [Fact]
    public void SanitizeTruncationKeepsSurrogatePairWhole()
    {
        // With ".pdf" kept, the stem may have 116 code units, and the 116th is the first half of 𠮷.
        var name = new string('a', 115) + "𠮷𠮷" + ".pdf";

        var sanitized = FileNameSanitizer.Sanitize(name);

        Assert.True(sanitized.Length <= FileNameSanitizer.MaxLength);
        Assert.EndsWith(".pdf", sanitized, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(sanitized[^5]), "a high surrogate was left without its pair");
        Assert.Equal(new string('a', 115) + ".pdf", sanitized);
    }

    [Fact]
    public void SanitizeDropsOverlongExtensionWhenTruncating()
    {
        var name = "a." + new string('x', 200);

        var sanitized = FileNameSanitizer.Sanitize(name);

        Assert.Equal(FileNameSanitizer.MaxLength, sanitized.Length);
    }
}
