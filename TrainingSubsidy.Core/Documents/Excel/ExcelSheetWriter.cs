using System.Globalization;
using ClosedXML.Excel;
using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.Documents.Excel;

/// <summary>How a column's cells are written.</summary>
public enum ExcelColumnKind
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>Text format (@), so long digit strings such as ID or account numbers stay exact.</summary>
    DigitsAsText,

    /// <summary>Whole number.</summary>
    Number,

    /// <summary>Yuan with two decimals and thousands separators.</summary>
    Money,
}

public sealed record ExcelColumn(string Header, ExcelColumnKind Kind = ExcelColumnKind.Text);

/// <summary>
/// Writes a table sheet: a frozen header row with an autofilter, column widths from the text, and A4 landscape print
/// setup with the header repeated on each printed page.
/// </summary>
public static class ExcelSheetWriter
{
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    /// <summary>Adds a sheet; cells are strings, ints or <see cref="Money"/> values matching the column kinds.</summary>
    public static IXLWorksheet AddTable(XLWorkbook workbook, string name, IReadOnlyList<ExcelColumn> columns,
        IEnumerable<IReadOnlyList<object>> rows, IReadOnlyList<object>? totals = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var sheet = workbook.Worksheets.Add(name);
        var widths = columns.Select(column => DisplayWidth(column.Header)).ToArray();
        for (var index = 0; index < columns.Count; index++)
        {
            var header = sheet.Cell(1, index + 1);
            header.SetValue(columns[index].Header);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.LightGray;
        }

        var rowNumber = 1;
        foreach (var row in rows)
        {
            rowNumber++;
            WriteRow(sheet, rowNumber, columns, row, widths);
        }

        var lastDataRow = rowNumber;
        if (totals is not null)
        {
            rowNumber++;
            WriteRow(sheet, rowNumber, columns, totals, widths);
            sheet.Row(rowNumber).Style.Font.Bold = true;
        }

        sheet.Range(1, 1, lastDataRow, columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        for (var index = 0; index < columns.Count; index++)
        {
            sheet.Column(index + 1).Width = Math.Clamp(widths[index] + 2, MinWidth, MaxWidth);
        }

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        return sheet;
    }

    /// <summary>
    /// Returns the width of text in Excel character units, a CJK or other full-width character counting as two.
    /// ClosedXML 0.95.4 cannot measure text on Linux (AdjustToContents needs GDI+), so widths are counted.
    /// </summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(System.Text.Rune rune) =>
        rune.Value is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;

    private static void WriteRow(IXLWorksheet sheet, int rowNumber, IReadOnlyList<ExcelColumn> columns,
        IReadOnlyList<object> row, int[] widths)
    {
        for (var index = 0; index < columns.Count && index < row.Count; index++)
        {
            var cell = sheet.Cell(rowNumber, index + 1);
            var text = WriteCell(cell, columns[index].Kind, row[index]);
            widths[index] = Math.Max(widths[index], DisplayWidth(text));
        }
    }

    private static string WriteCell(IXLCell cell, ExcelColumnKind kind, object value)
    {
        switch (value)
        {
            case Money money when kind == ExcelColumnKind.Money:
                cell.SetValue(money.Yuan);
                cell.Style.NumberFormat.Format = "#,##0.00";
                return money.ToString();
            case int number when kind == ExcelColumnKind.Number:
                cell.SetValue(number);
                return number.ToString(CultureInfo.InvariantCulture);
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                if (kind == ExcelColumnKind.DigitsAsText)
                {
                    cell.Style.NumberFormat.Format = "@";
                }

                // SetValue keeps a string as text; assigning Value would let ClosedXML turn digits into a number.
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                return text;
        }
    }
}
