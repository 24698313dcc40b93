using System.Globalization;
using TrainingSubsidy.Core.Documents.Pdf;

namespace TrainingSubsidy.Core.Documents;

/// <summary>What the commitment letter (承诺书) shows about the enterprise and its plan.</summary>
public sealed record CommitmentLetterModel(
    string EnterpriseName,
    string CreditCode,
    string DistrictName,
    string PlanNumber,
    string OccupationCode,
    string OccupationName,
    DateOnly TrainingStart,
    DateOnly TrainingEnd,
    string PlatformKind,
    string PlatformName,
    string PlatformUrl,
    int CourseCount,
    decimal TotalHours,
    decimal LiteracyHours,
    int TraineeCount,
    DateOnly GeneratedOn);

/// <summary>
/// Generates the commitment letter as an A4 PDF with real, extractable Chinese text: enterprise details, a plan
/// summary, the enterprise's commitments, and places for the legal representative's signature, the seal and the
/// date. The enterprise prints, signs and stamps it, then uploads the scan.
/// </summary>
public static class CommitmentLetterDocument
{
    private const double BodySize = 12;

    /// <summary>The commitments, in the order printed. Each restates a condition of the online-training subsidy.</summary>
    internal static IReadOnlyList<string> Commitments { get; } =
    [
        "本企业申报的参训职工均为本企业依法参加社会保险的一线职工（含本企业使用的劳务派遣人员），"
            + "所报职工姓名、公民身份号码等身份信息真实、准确。",
        "本企业申报的培训计划及课程内容真实，与本企业主营业务相关，并将按计划组织实施；"
            + "通用职业素养类课程课时不超过总课时的20%。",
        "培训通过线上平台实施，职工学习过程留有可供查询的学习记录；本企业将妥善保存培训图片、视频、"
            + "平台学习报告等佐证材料，配合人力资源和社会保障部门的审核与抽查。",
        "如存在弄虚作假、虚报冒领等骗取补贴资金的行为，本企业同意退回已领取的补贴资金，"
            + "接受列入黑名单的处理；情节严重的，由有关部门依法追究责任。",
        "本企业对所提交材料的真实性、完整性负责，并承担由此产生的法律责任。",
    ];

    public static byte[] Generate(CommitmentLetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Portrait, "承诺书 " + model.PlanNumber);
        writer.AddHeading("承诺书", size: 22);
        writer.AddParagraph("（线上职业技能培训补贴申请）", size: 11, alignment: TextAlignment.Center);
        writer.AddSpace(10);

        writer.AddParagraph(model.DistrictName + "人力资源和社会保障局：", BodySize);
        writer.AddParagraph(
            $"本企业申请线上职业技能培训补贴，培训计划编号为 {model.PlanNumber}。企业信息与培训计划概要如下，"
                + "本企业对以下事项作出承诺。",
            BodySize,
            firstLineIndent: 2 * BodySize);
        writer.AddSpace(6);

        writer.AddHeading("一、企业信息", size: 13, alignment: TextAlignment.Left);
        writer.AddTable(EnterpriseTable(model));

        writer.AddHeading("二、培训计划概要", size: 13, alignment: TextAlignment.Left);
        writer.AddTable(PlanTable(model));

        writer.AddHeading("三、承诺事项", size: 13, alignment: TextAlignment.Left);
        writer.AddParagraph("本企业郑重承诺：", BodySize, firstLineIndent: 2 * BodySize);
        for (var i = 0; i < Commitments.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            writer.AddParagraph($"{number}. {Commitments[i]}", BodySize, firstLineIndent: 2 * BodySize);
        }

        AddSignatureBlock(writer);
        return writer.Save();
    }

    private static PdfTable EnterpriseTable(CommitmentLetterModel model) => PdfTable.Form(
    [
        ["企业名称", model.EnterpriseName, "统一社会信用代码", model.CreditCode],
        ["所在区", model.DistrictName, "培训计划编号", model.PlanNumber],
    ]);

    private static PdfTable PlanTable(CommitmentLetterModel model) => PdfTable.Form(
    [
        ["培训职业（工种）", $"{model.OccupationCode} {model.OccupationName}", "培训期间", TrainingPeriod(model)],
        ["平台类型", model.PlatformKind, "平台名称", model.PlatformName],
        ["平台网址", model.PlatformUrl, "课程数量", $"{model.CourseCount} 门"],
        ["总课时", $"{FormatHours(model.TotalHours)} 学时", "通用职业素养课时", LiteracyText(model)],
        ["参训职工人数", $"{model.TraineeCount} 人", "生成日期", ChineseDate(model.GeneratedOn)],
    ]);

    private static void AddSignatureBlock(PdfDocumentWriter writer)
    {
        const double size = 12;
        var lineHeight = PdfDocumentWriter.LineHeight(size);
        var blockHeight = lineHeight * 7;
        writer.AddSpace(lineHeight);
        writer.EnsureSpace(blockHeight);

        // The block sits in the right half of the page, where seals are usually placed.
        var indent = writer.ContentWidth * 0.45;
        writer.AddParagraph("法定代表人（签字）：________________", size, indent: indent);
        writer.AddSpace(lineHeight);
        writer.AddParagraph("企业（盖章）：", size, indent: indent);
        writer.AddSpace(lineHeight * 2);
        writer.AddParagraph("日期：        年      月      日", size, indent: indent);
    }

    private static string TrainingPeriod(CommitmentLetterModel model) =>
        $"{ChineseDate(model.TrainingStart)}至{ChineseDate(model.TrainingEnd)}";

    private static string LiteracyText(CommitmentLetterModel model)
    {
        var hours = $"{FormatHours(model.LiteracyHours)} 学时";
        if (model.TotalHours <= 0)
        {
            return hours;
        }

        var share = Math.Round(model.LiteracyHours * 100 / model.TotalHours, 1, MidpointRounding.AwayFromZero);
        return $"{hours}（占总课时 {share.ToString("0.#", CultureInfo.InvariantCulture)}%）";
    }

    private static string FormatHours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string ChineseDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
