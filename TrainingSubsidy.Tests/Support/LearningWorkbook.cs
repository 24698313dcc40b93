using ClosedXML.Excel;
using TrainingSubsidy.Core.OnlineTraining.Learning;

namespace TrainingSubsidy.Tests.Support;

/// <summary>Writes learning-record workbooks for import tests.</summary>
public static class LearningWorkbook
{
    /// <summary>The template's columns in order: 姓名 to 平台学员账号.</summary>
    public static readonly string[] Headers = [.. LearningColumns.All];

    /// <summary>
    /// Builds a workbook with one sheet whose header row is <paramref name="headers"/> at row
    /// <paramref name="headerRow"/>, followed by <paramref name="rows"/>. Strings become text cells, doubles number
    /// cells, DateTimes date cells, and null leaves the cell empty.
    /// </summary>
    public static byte[] Build(IReadOnlyList<object?[]> rows, string[]? headers = null, int headerRow = 1,
        Action<IXLWorksheet>? edit = null, string sheetName = LearningColumns.SheetName)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        headers ??= Headers;
        for (var column = 0; column < headers.Length; column++)
        {
            sheet.Cell(headerRow, column + 1).SetValue(headers[column]);
        }

        for (var index = 0; index < rows.Count; index++)
        {
            WriteRow(sheet, headerRow + 1 + index, rows[index]);
        }

        edit?.Invoke(sheet);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static void WriteRow(IXLWorksheet sheet, int rowNumber, object?[] values)
    {
        for (var column = 0; column < values.Length; column++)
        {
            var cell = sheet.Cell(rowNumber, column + 1);
            switch (values[column])
            {
                case string text:
                    cell.SetValue(text);
                    cell.DataType = XLDataType.Text;
                    break;
                case double number:
                    cell.SetValue(number);
                    break;
                case DateTime dateTime:
                    cell.SetValue(dateTime);
                    cell.Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
                    break;
            }
        }
    }

    /// <summary>A row in template order with text times, e.g. Row("学员1", id, "焊接工艺", "2020-03-10 09:00", ...).</summary>
    public static object?[] Row(string name, string idNumber, string course, object? start, object? end,
        object? hours, string status = LearningColumns.Completed, string? account = null) =>
        [name, idNumber, course, start, end, hours, status, account];
}
