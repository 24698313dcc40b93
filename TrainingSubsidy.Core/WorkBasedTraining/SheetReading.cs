using System.Globalization;
using ClosedXML.Excel;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>One problem of an import, located by sheet, row and column, shown to the user as it is.</summary>
public sealed record ImportRowError(string Sheet, int Row, string Column, string Reason)
{
    public override string ToString() => Column.Length == 0
        ? $"工作表“{Sheet}”第{Row}行：{Reason}"
        : $"工作表“{Sheet}”第{Row}行“{Column}”列：{Reason}";
}

/// <summary>
/// Reads the cells of the spreadsheets enterprises and the city fill in Excel or WPS: finds the header row under
/// title rows, reads cells as text, and rejects identifiers that Excel has turned into numbers.
/// </summary>
/// <remarks>
/// NOTE: header search, text and date reading overlap the general helpers in TrainingSubsidy.Core.Spreadsheets but
/// differ in small rules, for example this date reader also takes yyyyMMdd. Identifier and width checks use them.
/// </remarks>
internal static class SheetReading
{
    private const int HeaderSearchRows = 10;

    /// <summary>Opens the first worksheet, or returns an error when the bytes are not an xlsx workbook.</summary>
    public static XLWorkbook? TryOpen(Stream content, out string error)
    {
        try
        {
            var workbook = new XLWorkbook(content);
            error = string.Empty;
            return workbook;
        }
        catch (Exception exception) when (exception is InvalidDataException or FileFormatException
                                              or ArgumentException or InvalidOperationException
                                              or System.Xml.XmlException)
        {
            error = "文件不是有效的Excel工作簿（.xlsx）。请用本页提供的模板填写，并另存为“Excel工作簿(*.xlsx)”后重新导入。";
            return null;
        }
    }

    /// <summary>
    /// Finds the first row among the top rows that contains every required header and returns its number and the
    /// column of each header, or null.
    /// </summary>
    public static (int Row, Dictionary<string, int> Columns)? FindHeader(IXLWorksheet sheet,
        IReadOnlyList<string> requiredHeaders)
    {
        for (var row = 1; row <= HeaderSearchRows; row++)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var cell in sheet.Row(row).CellsUsed())
            {
                var text = TextNormalizer.NormalizeText(cell.GetString());
                columns.TryAdd(text, cell.Address.ColumnNumber);
            }

            if (requiredHeaders.All(columns.ContainsKey))
            {
                return (row, columns);
            }
        }

        return null;
    }

    /// <summary>Returns the cell as normalised text; a number keeps all its digits, without grouping.</summary>
    public static string Text(IXLCell cell)
    {
        if (cell.DataType == XLDataType.Number)
        {
            return cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture);
        }

        return TextNormalizer.NormalizeText(cell.GetString());
    }

    /// <summary>
    /// True when an identifier cell contains a number or scientific-notation text: Excel keeps only 15 significant
    /// digits, so the last digits of an 18-character identifier are already lost and cannot be repaired.
    /// </summary>
    public static bool IsMangledIdentifier(IXLCell cell) =>
        Spreadsheets.CellReader.IsIdentifierStoredAsNumber(Spreadsheets.CellReader.Read(cell));

    public const string MangledIdentifierMessage =
        "单元格已被Excel保存为数字，18位号码的末几位已丢失且无法恢复。请将该列设置为“文本”格式后重新录入，再导入。";

    /// <summary>Reads a date typed as a date, an Excel serial number, or text such as 2020.3.5 or 2020年3月5日.</summary>
    public static DateOnly? Date(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }

        if (cell.DataType == XLDataType.Number)
        {
            var serial = cell.GetDouble();
            return serial is > 0 and < 2958466 ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
        }

        var text = TextNormalizer.NormalizeText(cell.GetString())
            .Replace('年', '-').Replace('月', '-').Replace("日", string.Empty, StringComparison.Ordinal)
            .Replace('.', '-').Replace('/', '-');
        string[] formats = ["yyyy-M-d", "yyyy-MM-dd", "yyyyMMdd"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>Reads a month typed as a date (its first day is used) or as text such as 2020-03.</summary>
    public static string MonthText(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime)
        {
            return cell.GetDateTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        return Text(cell).Replace('年', '-').Replace("月", string.Empty, StringComparison.Ordinal);
    }

    public static bool IsRowEmpty(IXLRow row, IEnumerable<int> columns) =>
        columns.All(column => string.IsNullOrWhiteSpace(row.Cell(column).GetString()));

    /// <summary>Sets a column width from its longest text, counting a CJK character as two.</summary>
    public static void FitWidth(IXLColumn column, IEnumerable<string> texts)
    {
        var widest = texts.Select(Spreadsheets.SheetFormatting.DisplayWidth).DefaultIfEmpty(8).Max();
        column.Width = Math.Min(60, widest + 2);
    }
}
