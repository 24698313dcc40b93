using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;

namespace TrainingSubsidy.Core.Statistics;

/// <summary>Writes the statistics table as an Excel workbook, amounts in yuan with two decimals and a totals row.</summary>
public static class StatisticsWorkbook
{
    private static readonly string[] Headers =
    [
        "月份", "区", "提交计划数", "通过计划数", "参训人数", "线上培训批准金额", "线上培训拨付金额", "以工代训批准金额",
        "以工代训人月", "以工代训拨付金额", "抽查人次", "确认参训", "否认参训", "无法联系或号码错误", "追回下达金额",
        "追回到账金额", "净拨付金额",
    ];

    public static byte[] Write(IReadOnlyList<MonthlyFigures> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("统计");
        for (var column = 0; column < Headers.Length; column++)
        {
            sheet.Cell(1, column + 1).Value = Headers[column];
        }

        var rowNumber = 2;
        foreach (var row in rows)
        {
            object[] values =
            [
                row.Month, row.DistrictName, row.PlansSubmitted, row.PlansApproved, row.TraineesApproved,
                row.OnlineApproved.Yuan, row.OnlinePaid.Yuan, row.WorkBasedApproved.Yuan, row.WorkerMonthsApproved,
                row.WorkBasedPaid.Yuan, row.SpotChecks, row.SpotChecksConfirmed, row.SpotChecksDenied,
                row.SpotChecksUnreachable, row.RecoveryOrdered.Yuan, row.Recovered.Yuan, row.NetPaid.Yuan,
            ];
            for (var column = 0; column < values.Length; column++)
            {
                sheet.Cell(rowNumber, column + 1).Value = values[column];
            }

            rowNumber++;
        }

        sheet.Cell(rowNumber, 1).Value = "合计";
        for (var column = 3; column <= Headers.Length; column++)
        {
            if (rowNumber > 2)
            {
                sheet.Cell(rowNumber, column).FormulaA1 =
                    $"SUM({sheet.Cell(2, column).Address}:{sheet.Cell(rowNumber - 1, column).Address})";
            }
        }

        foreach (var column in new[] { 6, 7, 8, 10, 15, 16, 17 })
        {
            sheet.Column(column).Style.NumberFormat.Format = "#,##0.00";
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(rowNumber).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, rowNumber - 1), Headers.Length).SetAutoFilter();
        SheetFormatting.SetColumnWidthsFromText(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
