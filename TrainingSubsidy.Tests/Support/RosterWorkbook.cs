using ClosedXML.Excel;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Tests.Support;

/// <summary>Writes roster workbooks for import tests, starting from the real template.</summary>
public static class RosterWorkbook
{
    /// <summary>First data row of the template: a merged title row and the header row sit above it.</summary>
    public const int FirstDataRow = 3;

    /// <summary>Builds a workbook from the template with the rows written from <see cref="FirstDataRow"/>.</summary>
    public static byte[] FromTemplate(params object?[][] rows) => FromTemplate(_ => { }, rows);

    public static byte[] FromTemplate(Action<IXLWorksheet> edit, params object?[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(TraineeTemplate.Build()));
        var sheet = workbook.Worksheet(TraineeTemplate.RosterSheetName);
        for (var index = 0; index < rows.Length; index++)
        {
            WriteRow(sheet, FirstDataRow + index, rows[index]);
        }

        edit(sheet);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Writes a row: strings become text cells, doubles become number cells, null leaves the cell empty.</summary>
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
                    cell.Style.NumberFormat.Format = "General";
                    cell.SetValue(number);
                    break;
            }
        }
    }

    public static object?[] Row(string name, string idNumber, string phone = "13700001111", string insured = "是") =>
        [name, idNumber, "焊工", phone, "正式", insured];
}
