using System.Globalization;
using ClosedXML.Excel;

namespace TrainingSubsidy.Core.Spreadsheets;

/// <summary>
/// Formatting helpers for workbooks the application writes. ClosedXML 0.95.4's AdjustToContents needs GDI+ and
/// throws on Linux, so column widths are computed from the text instead.
/// </summary>
public static class SheetFormatting
{
    /// <summary>Excel's number format code for Text: what a user types stays as typed, digits included.</summary>
    public const string TextFormat = "@";

    private const double Padding = 2;
    private const double MaxWidth = 80;

    /// <summary>
    /// Returns the display width of the text in Excel character units, counting a CJK or full-width character
    /// as two and anything else as one.
    /// </summary>
    public static int DisplayWidth(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            width += IsWide(char.ConvertToUtf32(element, 0)) ? 2 : 1;
        }

        return width;
    }

    /// <summary>Sets each used column's width to fit its widest cell text, with padding and a maximum of 80.</summary>
    public static void SetColumnWidthsFromText(IXLWorksheet sheet, double minimumWidth = 8)
    {
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var column = 1; column <= lastColumn; column++)
        {
            var widest = 0;
            for (var row = 1; row <= lastRow; row++)
            {
                var cell = sheet.Cell(row, column);
                if (!cell.IsMerged())
                {
                    widest = Math.Max(widest, DisplayWidth(cell.GetFormattedString()));
                }
            }

            sheet.Column(column).Width = Math.Clamp(widest + Padding, minimumWidth, MaxWidth);
        }
    }

    /// <summary>Formats the cells as Text so Excel keeps long digit strings such as ID numbers exactly as typed.</summary>
    public static void FormatAsText(IXLRange range) => range.Style.NumberFormat.Format = TextFormat;

    /// <summary>Adds an in-cell drop-down list of fixed choices to the range.</summary>
    public static void AddChoiceList(IXLRange range, IReadOnlyCollection<string> choices, string errorMessage)
    {
        var validation = range.SetDataValidation();
        validation.List("\"" + string.Join(",", choices) + "\"", true);
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = "输入无效";
        validation.ErrorMessage = errorMessage;
        validation.ShowErrorMessage = true;
    }

    private static bool IsWide(int codePoint) =>
        codePoint is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
