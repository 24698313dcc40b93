using System.Globalization;
using TrainingSubsidy.Core.Documents.Pdf;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>What the application form (申请表) shows besides the application itself.</summary>
public sealed record ApplicationFormModel(
    WorkBasedTrainingApplication Application,
    string EnterpriseName,
    string CreditCode,
    string DistrictName,
    string Address,
    string ContactPerson,
    string ContactPhone,
    DateOnly GeneratedOn);

/// <summary>
/// Generates the work-in-lieu-of-training application form as a landscape A4 PDF: the commitment, the enterprise,
/// the legal representative, the basic account, the worker table with full ID numbers, and places for the
/// signature, the seal and the date. The enterprise signs, seals and uploads the scan before submitting.
/// </summary>
public static class ApplicationFormDocument
{
    private const double BodySize = 11;

    /// <summary>The commitment printed on the form, in the order printed.</summary>
    internal static IReadOnlyList<string> Commitments { get; } =
    [
        "本企业为本市重要医用物资生产企业，疫情防控期间坚持生产，并对所列技能岗位新入职或转岗一线职工开展了以工代训。",
        "所列职工的姓名、身份证号、联系电话、入职或转岗日期、岗位和各月工资均真实准确，工资已通过签字的工资发放清单"
            + "或银行转账实际发放，未以现金发放作为申请依据。",
        "同一职工在全市范围内申请以工代训补贴不超过3个月，同一月份不重复申请。",
        "如有弄虚作假、虚报冒领，本企业退回全部补贴资金，接受列入黑名单的处理，并依法承担相应责任。",
    ];

    public static byte[] Generate(ApplicationFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var application = model.Application;
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Landscape, "以工代训补贴申请表 " + application.ApplicationNumber);
        writer.AddHeading("天津市以工代训补贴申请表", size: 18);
        writer.AddParagraph($"申请编号：{application.ApplicationNumber}    生成日期：{ChineseDate(model.GeneratedOn)}",
            size: 10, alignment: TextAlignment.Center);
        writer.AddSpace(6);

        writer.AddHeading("一、企业信息", size: 12, alignment: TextAlignment.Left);
        writer.AddTable(FormTable(
        [
            ["企业名称", model.EnterpriseName, "统一社会信用代码", model.CreditCode],
            ["所在区", model.DistrictName, "企业地址", model.Address],
            ["联系人", model.ContactPerson, "联系电话", model.ContactPhone],
            ["法定代表人", application.LegalRepresentativeName ?? string.Empty, "法定代表人身份证号",
                application.LegalRepresentativeIdNumber ?? string.Empty],
            ["基本账户开户银行", application.BankName ?? string.Empty, "账户名称", application.BankAccountName ?? string.Empty],
            ["基本账户账号", application.BankAccountNumber ?? string.Empty, "职工人数与人月数",
                $"{application.Workers.Count}人，{application.ClaimedWorkerMonths}个人月"],
        ]));

        writer.AddHeading("二、职工信息", size: 12, alignment: TextAlignment.Left);
        writer.AddTable(WorkerTable(application));

        writer.AddHeading("三、企业承诺", size: 12, alignment: TextAlignment.Left);
        for (var i = 0; i < Commitments.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            writer.AddParagraph($"{number}. {Commitments[i]}", BodySize, firstLineIndent: 2 * BodySize);
        }

        writer.AddSpace(PdfDocumentWriter.LineHeight(BodySize));
        writer.AddSignatureRow(["法定代表人（签字）", "企业（盖章）", "日期"]);
        return writer.Save();
    }

    private static PdfTable WorkerTable(WorkBasedTrainingApplication application) => new()
    {
        Columns =
        [
            new PdfTableColumn("序号", 0.8, TextAlignment.Center),
            new PdfTableColumn("姓名", 1.4),
            new PdfTableColumn("性别", 0.8, TextAlignment.Center),
            new PdfTableColumn("身份证号", 3.0),
            new PdfTableColumn("手机号码", 2.0),
            new PdfTableColumn("类型", 1.1),
            new PdfTableColumn("入职或转岗日期", 1.9),
            new PdfTableColumn("技能岗位", 2.2),
            new PdfTableColumn("申请月份及工资（元）", 4.4),
        ],
        Rows = application.Workers
            .Select((worker, index) => (IReadOnlyList<string>)
            [
                (index + 1).ToString(CultureInfo.InvariantCulture),
                worker.Name,
                WorkerRules.GenderText(worker.Gender),
                worker.IdNumber,
                worker.Phone,
                worker.Kind.ToChinese(),
                worker.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                worker.Post,
                string.Join("；", worker.Months.OrderBy(m => m.Month, StringComparer.Ordinal)
                    .Select(m => $"{m.Month}：{m.Wage}")),
            ])
            .ToList(),
        FontSize = 9,
    };

    private static PdfTable FormTable(IReadOnlyList<IReadOnlyList<string>> rows) => new()
    {
        Columns =
        [
            new PdfTableColumn("项目", 2.4),
            new PdfTableColumn("内容", 4.0),
            new PdfTableColumn("项目", 2.4),
            new PdfTableColumn("内容", 4.0),
        ],
        Rows = rows,
        ShowHeader = false,
        FontSize = 10,
        LabelColumns = new HashSet<int> { 0, 2 },
    };

    private static string ChineseDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
