using System.Globalization;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Documents.Pdf;

namespace TrainingSubsidy.Core.Payouts;

/// <summary>
/// The batch ledger as an A4 landscape PDF: the payment table with its header on every page, the total in figures
/// and in Chinese capital numerals, and signature lines for the clerk, the checker and the head of the office.
/// </summary>
public static class PayoutLedgerPdf
{
    private static readonly PdfTableColumn[] Columns =
    [
        new("序号", 4, TextAlignment.Center),
        new("企业名称", 16),
        new("统一社会信用代码", 12),
        new("开户银行", 12),
        new("账户名称", 14),
        new("银行账号", 13),
        new("补贴类型", 9),
        new("人数或人月", 6, TextAlignment.Right),
        new("金额（元）", 9, TextAlignment.Right),
    ];

    public static byte[] Write(PayoutLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var writer = new PdfDocumentWriter(PdfPageLayout.A4Landscape, ledger.Title);
        writer.AddHeading(ledger.Title, size: 16);
        writer.AddParagraph($"批次号：{ledger.BatchNumber}    生成时间：{ChinaTime.Format(ledger.GeneratedAt)}    "
                            + $"共{ledger.Rows.Count}笔", size: 10);
        writer.AddSpace(6);

        var rows = ledger.Rows.Select(row => (IReadOnlyList<string>)
        [
            row.Number.ToString(CultureInfo.InvariantCulture), row.EnterpriseName, row.CreditCode, row.BankName,
            row.BankAccountName, row.BankAccountNumber, row.ProgrammeLabel, row.QuantityText, row.Amount.ToString(),
        ]).ToList();
        writer.AddTable(new PdfTable
        {
            Columns = Columns,
            Rows = rows,
            TotalsRow = ["", "合计", "", "", "", "", "", "", ledger.Total.ToString()],
            FontSize = 9,
        });

        writer.AddSpace(8);
        writer.AddParagraph($"合计金额（小写）：¥{ledger.Total}", size: 12);
        writer.AddParagraph($"合计金额（大写）：{ledger.Total.ToChineseCapital()}", size: 12);
        writer.AddSpace(24);
        writer.AddSignatureRow(["经办人", "审核人", "负责人"]);
        return writer.Save();
    }
}
