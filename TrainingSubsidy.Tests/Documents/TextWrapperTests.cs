using System.Globalization;
using TrainingSubsidy.Core.Documents.Pdf;

namespace TrainingSubsidy.Tests.Documents;

public sealed class TextWrapperTests
{
    private const string LongParagraph =
        "本企业申报的参训职工均为本企业依法参加社会保险的一线职工，所报职工姓名、公民身份号码等身份信息真实、准确。"
        + "本企业申报的培训计划及课程内容真实，与本企业主营业务相关，并将按计划组织实施。"
        + "培训通过线上平台实施，职工学习过程留有可供查询的学习记录。";

    /// <summary>Counts each text element as 10 units wide, or 5 for ASCII, like a monospaced CJK font.</summary>
    private static double FakeMeasure(string text)
    {
        var width = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            width += elements.GetTextElement()[0] < 128 ? 5 : 10;
        }

        return width;
    }

    [Fact]
    public void LongChineseParagraphFitsWidth()
    {
        var lines = TextWrapper.Wrap(LongParagraph, FakeMeasure, maxWidth: 200);

        Assert.True(lines.Count > 5, $"expected several lines, got {lines.Count}");
        Assert.Equal(LongParagraph, string.Concat(lines));
        foreach (var line in lines)
        {
            // A line may exceed the width only by punctuation hanging at its end.
            var limit = "，。、".Contains(line[^1], StringComparison.Ordinal) ? 210 : 200;
            Assert.True(FakeMeasure(line) <= limit, $"line too wide: {line}");
        }
    }

    [Fact]
    public void PunctuationNeverStartsLine()
    {
        var lines = TextWrapper.Wrap(LongParagraph, FakeMeasure, maxWidth: 200);

        Assert.All(lines.Skip(1), line => Assert.DoesNotContain(line[0], "，。、；：）"));
    }

    [Fact]
    public void SurrogatePairNeverSplit()
    {
        const string name = "王𠮷𠮷𠮷𠮷𠮷";

        // Room for exactly one element a line forces a break next to every pair.
        var lines = TextWrapper.Wrap(name, FakeMeasure, maxWidth: 10);

        Assert.Equal(["王", "𠮷", "𠮷", "𠮷", "𠮷", "𠮷"], lines);
    }

    [Fact]
    public void SurrogatePairInNarrowColumnStaysWhole()
    {
        var lines = TextWrapper.Wrap("职工王𠮷的学习记录", FakeMeasure, maxWidth: 35);

        Assert.Equal("职工王𠮷的学习记录", string.Concat(lines));
        foreach (var line in lines)
        {
            Assert.False(char.IsHighSurrogate(line[^1]), $"line ends inside a surrogate pair: {line}");
            Assert.False(char.IsLowSurrogate(line[0]), $"line starts inside a surrogate pair: {line}");
        }
    }

    [Fact]
    public void LatinWordsBreakAtSpaces()
    {
        var lines = TextWrapper.Wrap("online training platform report", FakeMeasure, maxWidth: 60);

        Assert.Equal(["online", "training", "platform", "report"], lines);
    }

    [Fact]
    public void LongUrlBreaksInsideWord()
    {
        const string url = "https://training.example.cn/course/list?id=12345";

        var lines = TextWrapper.Wrap(url, FakeMeasure, maxWidth: 100);

        Assert.Equal(url, string.Concat(lines));
        Assert.All(lines, line => Assert.True(FakeMeasure(line) <= 100, line));
    }

    [Fact]
    public void MixedTextKeepsNumberWhole()
    {
        var lines = TextWrapper.Wrap("参训职工共12345人", FakeMeasure, maxWidth: 60);

        Assert.Contains(lines, line => line.Contains("12345", StringComparison.Ordinal));
    }

    [Fact]
    public void LineFeedsStartNewLines()
    {
        var lines = TextWrapper.Wrap("第一行\n\n第三行", FakeMeasure, maxWidth: 500);

        Assert.Equal(["第一行", string.Empty, "第三行"], lines);
    }

    [Fact]
    public void FirstLineUsesNarrowerWidth()
    {
        var lines = TextWrapper.Wrap("一二三四五六七八九十", FakeMeasure, maxWidth: 60, firstLineMaxWidth: 40);

        Assert.Equal(["一二三四", "五六七八九十"], lines);
    }

    [Fact]
    public void EmptyTextGivesOneEmptyLine()
    {
        Assert.Equal([string.Empty], TextWrapper.Wrap(string.Empty, FakeMeasure, maxWidth: 100));
    }
}
