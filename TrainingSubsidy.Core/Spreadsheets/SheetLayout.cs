using ClosedXML.Excel;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Spreadsheets;

/// <summary>The row number of a table's header and the column number of each expected header.</summary>
public sealed record HeaderRow(int RowNumber, IReadOnlyDictionary<string, int> ColumnByHeader)
{
    public int ColumnOf(string header) => ColumnByHeader[header];
}

/// <summary>Finds the parts of a worksheet that an import reads: the sheet itself and its header row.</summary>
public static class SheetLayout
{
    /// <summary>Rows searched for the header; titles and notes above a table rarely take more.</summary>
    public const int HeaderSearchRows = 20;

    /// <summary>Returns the first sheet that is not hidden or very hidden, or null when every sheet is hidden.</summary>
    public static IXLWorksheet? FirstVisibleSheet(IXLWorkbook workbook) =>
        workbook.Worksheets
            .OrderBy(sheet => sheet.Position)
            .FirstOrDefault(sheet => sheet.Visibility == XLWorksheetVisibility.Visible);

    /// <summary>
    /// Finds the first row among the top <see cref="HeaderSearchRows"/> rows that contains every required header.
    /// Headers compare after normalisation, with white space and a leading or trailing * (a "required" mark)
    /// removed, so a merged title row or an instruction line above the table is passed over.
    /// </summary>
    public static HeaderRow? FindHeaderRow(IXLWorksheet sheet, IReadOnlyCollection<string> requiredHeaders)
    {
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var row = 1; row <= HeaderSearchRows; row++)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var column = 1; column <= lastColumn; column++)
            {
                var header = NormalizeHeader(sheet.Cell(row, column).GetString());
                if (header.Length > 0 && requiredHeaders.Contains(header) && !columns.ContainsKey(header))
                {
                    columns[header] = column;
                }
            }

            if (columns.Count == requiredHeaders.Count)
            {
                return new HeaderRow(row, columns);
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the number of the last row that has a value or formatting, so a loop up to it never drops the last
    /// data row. Rows with formatting only are skipped by the caller.
    /// </summary>
    public static int LastRowNumber(IXLWorksheet sheet) =>
        sheet.LastRowUsed(XLCellsUsedOptions.All)?.RowNumber() ?? 0;

    public static string NormalizeHeader(string? header) =>
        TextNormalizer.NormalizeIdentifier(header).Trim('*');
}
