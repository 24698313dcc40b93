using ClosedXML.Excel;
using TrainingSubsidy.Core.Spreadsheets;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>Writes the errors of a rejected import to a workbook the enterprise can work through.</summary>
public static class LearningErrorWorkbook
{
    public const string FileName = "学习记录导入错误清单.xlsx";

    public static byte[] Build(IReadOnlyList<LearningImportError> errors, int totalErrorCount)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("错误清单");
        string[] headers = ["工作表", "行号", "列", "值", "原因"];
        for (var column = 1; column <= headers.Length; column++)
        {
            sheet.Cell(1, column).SetValue(headers[column - 1]);
            sheet.Cell(1, column).Style.Font.Bold = true;
        }

        // Values are written as text so an ID number or a date stays exactly as the import read it.
        SheetFormatting.FormatAsText(sheet.Range(2, 4, Math.Max(errors.Count + 1, 2), 4));
        for (var index = 0; index < errors.Count; index++)
        {
            var error = errors[index];
            var row = index + 2;
            sheet.Cell(row, 1).SetValue(error.Sheet);
            sheet.Cell(row, 2).SetValue(error.RowNumber);
            sheet.Cell(row, 3).SetValue(error.Column);
            sheet.Cell(row, 4).SetValue(error.Value);
            sheet.Cell(row, 4).DataType = XLDataType.Text;
            sheet.Cell(row, 5).SetValue(error.Reason);
        }

        if (totalErrorCount > errors.Count)
        {
            sheet.Cell(errors.Count + 3, 1).SetValue(
                $"共{totalErrorCount}处错误，此处列出前{errors.Count}处。改正后重新导入可看到其余错误。");
        }

        SheetFormatting.SetColumnWidthsFromText(sheet);
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
