using System.Text;
using TrainingSubsidy.Core.Documents;

namespace TrainingSubsidy.Tests.Documents;

public sealed class CommitmentLetterDocumentTests
{
    private static readonly CommitmentLetterModel Model = new(
        EnterpriseName: "天津市津南区喆祥医疗器械有限公司",
        CreditCode: "91120112MA05XYZ12K",
        DistrictName: "津南区",
        PlanNumber: "JN-2020-0042",
        OccupationCode: "6-28-01-01",
        OccupationName: "医疗器械装配工",
        TrainingStart: new DateOnly(2020, 3, 2),
        TrainingEnd: new DateOnly(2020, 4, 30),
        PlatformKind: "第三方课程提供方",
        PlatformName: "津门职业技能在线学习平台",
        PlatformUrl: "https://training.example.cn/course/list?enterprise=91120112MA05XYZ12K&term=2020-spring",
        CourseCount: 12,
        TotalHours: 80m,
        LiteracyHours: 12.5m,
        TraineeCount: 137,
        GeneratedOn: new DateOnly(2020, 3, 1));

    [Fact]
    public void LetterContainsEnterpriseAndPlan()
    {
        var pdf = CommitmentLetterDocument.Generate(Model);

        var text = string.Concat(PdfText.Pages(pdf));
        Assert.Contains("承诺书", text, StringComparison.Ordinal);
        Assert.Contains(Model.EnterpriseName, text, StringComparison.Ordinal);
        Assert.Contains(Model.CreditCode, text, StringComparison.Ordinal);
        Assert.Contains("137人", text, StringComparison.Ordinal);
        Assert.Contains(Model.PlanNumber, text, StringComparison.Ordinal);
        Assert.Contains("医疗器械装配工", text, StringComparison.Ordinal);
        Assert.Contains("2020年3月2日至2020年4月30日", text, StringComparison.Ordinal);
        Assert.Contains("80学时", text, StringComparison.Ordinal);
        Assert.Contains("15.6%", text, StringComparison.Ordinal);
        Assert.Contains("津门职业技能在线学习平台", text, StringComparison.Ordinal);
        Assert.Contains("training.example.cn", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LetterContainsCommitmentsAndSignatures()
    {
        var pdf = CommitmentLetterDocument.Generate(Model);

        var text = string.Concat(PdfText.Pages(pdf));
        Assert.Contains("劳务派遣人员", text, StringComparison.Ordinal);
        Assert.Contains("黑名单", text, StringComparison.Ordinal);
        Assert.Contains("可供查询的学习记录", text, StringComparison.Ordinal);
        Assert.Contains("法定代表人（签字）", text, StringComparison.Ordinal);
        Assert.Contains("企业（盖章）", text, StringComparison.Ordinal);
        Assert.Contains("年月日", text, StringComparison.Ordinal);
        Assert.Contains("第1页共", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LetterEmbedsFontSubset()
    {
        var pdf = CommitmentLetterDocument.Generate(Model);

        var fontNames = PdfText.FontNames(pdf);
        Assert.NotEmpty(fontNames);
        Assert.All(fontNames, name => Assert.Contains("WenQuanYi", name, StringComparison.OrdinalIgnoreCase));

        // A subset font's name carries a six-letter tag and a plus sign, and TrueType font data sits in /FontFile2.
        Assert.All(fontNames, name => Assert.Matches("^[A-Z]{6}\\+", name));
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", raw, StringComparison.Ordinal);
        Assert.True(pdf.Length < 1_000_000, $"the letter is {pdf.Length} bytes, so the font was not subset");
    }

    [Fact]
    public void LetterIsA4Portrait()
    {
        var pdf = CommitmentLetterDocument.Generate(Model);

        var sizes = PdfText.PageSizes(pdf);
        Assert.All(sizes, size => Assert.Equal(595, size.Width, 0));
        Assert.All(sizes, size => Assert.Equal(842, size.Height, 0));
    }
}
