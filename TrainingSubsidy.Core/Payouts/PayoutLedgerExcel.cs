using ClosedXML.Excel;
using TrainingSubsidy.Core.Documents.Excel;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>
/// The batch ledger as an Excel workbook: a summary sheet with one row per enterprise payment and a totals row, and
/// a detail sheet with one row per trainee or worker-month.
/// </summary>
public static class PayoutLedgerExcel
{
    public const string SummarySheet = "拨付汇总";
    public const string DetailSheet = "拨付明细";

    private static readonly ExcelColumn[] SummaryColumns =
    [
        new("序号", ExcelColumnKind.Number),
        new("企业名称"),
        new("统一社会信用代码", ExcelColumnKind.DigitsAsText),
        new("开户银行"),
        new("账户名称"),
        new("银行账号", ExcelColumnKind.DigitsAsText),
        new("补贴类型"),
        new("人数或人月", ExcelColumnKind.Number),
        new("金额（元）", ExcelColumnKind.Money),
    ];

    private static readonly ExcelColumn[] DetailColumns =
    [
        new("汇总序号", ExcelColumnKind.Number),
        new("企业名称"),
        new("补贴类型"),
        new("姓名"),
        new("身份证号码", ExcelColumnKind.DigitsAsText),
        new("手机号码", ExcelColumnKind.DigitsAsText),
        new("补贴月份"),
        new("金额（元）", ExcelColumnKind.Money),
    ];

    public static byte[] Write(PayoutLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var workbook = new XLWorkbook();
        var summaryRows = ledger.Rows.Select(row => (IReadOnlyList<object>)
        [
            row.Number, row.EnterpriseName, row.CreditCode, row.BankName, row.BankAccountName, row.BankAccountNumber,
            row.ProgrammeLabel, row.Quantity, row.Amount,
        ]);
        IReadOnlyList<object> totals =
        [
            string.Empty, "合计", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
            ledger.Rows.Sum(row => row.Quantity), ledger.Total,
        ];
        var summary = ExcelSheetWriter.AddTable(workbook, SummarySheet, SummaryColumns, summaryRows, totals);
        summary.PageSetup.Header.Center.AddText(ledger.Title);

        var detailRows = ledger.Lines.Select(line => (IReadOnlyList<object>)
        [
            line.RowNumber, line.EnterpriseName, line.Programme.ToChinese(), line.PersonName, line.IdNumber,
            line.Phone, line.Month ?? string.Empty, line.Amount,
        ]);
        var detail = ExcelSheetWriter.AddTable(workbook, DetailSheet, DetailColumns, detailRows);
        detail.PageSetup.Header.Center.AddText(ledger.Title);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
