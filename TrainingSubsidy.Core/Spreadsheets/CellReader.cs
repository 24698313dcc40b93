using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Spreadsheets;

/// <summary>The text of a cell and whether Excel stored it as a number.</summary>
public readonly record struct CellText(string Text, bool IsNumber)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>Reads cells as the text Excel displays, without losing digits of long numbers.</summary>
public static partial class CellReader
{
    /// <summary>
    /// Digits a double carries exactly. Excel keeps 15 significant digits, so a longer number typed into a
    /// General cell (an 18-digit ID number) has already lost its last digits when the file is saved.
    /// </summary>
    public const int ExactNumberDigits = 15;

    /// <summary>
    /// Returns the cell's value as trimmed, normalised text. Whole numbers print without a decimal point or
    /// exponent (13812345678, not 1.3812345678E+10); dates print as yyyy-MM-dd.
    /// </summary>
    public static CellText Read(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return new CellText(string.Empty, false);
        }

        switch (cell.DataType)
        {
            case XLDataType.Number:
                var number = cell.GetDouble();
                var text = number == Math.Floor(number) && Math.Abs(number) < 1e17
                    ? ((decimal)number).ToString("0", CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
                return new CellText(text, true);
            case XLDataType.DateTime:
                return new CellText(
                    cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    false);
            default:
                return new CellText(TextNormalizer.NormalizeText(cell.GetString()), false);
        }
    }

    /// <summary>
    /// Returns true when an identifier cell (ID number, account number) was stored as a number, or contains the text
    /// of a number in scientific notation such as 1.20101199001013E+17, which is what a number pasted into a Text
    /// cell becomes. Such a cell is rejected, never repaired: a number of more than
    /// <see cref="ExactNumberDigits"/> digits has lost digits, and a shorter one may have lost leading zeros.
    /// </summary>
    public static bool IsIdentifierStoredAsNumber(CellText cell) =>
        cell.IsNumber || ScientificNotation().IsMatch(cell.Text);

    [GeneratedRegex(@"^\d(\.\d+)?E\+?\d+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScientificNotation();

    /// <summary>Returns true when every listed column of the row is blank; formatting alone does not count.</summary>
    public static bool IsRowBlank(IXLWorksheet sheet, int rowNumber, IEnumerable<int> columns) =>
        columns.All(column => Read(sheet.Cell(rowNumber, column)).IsBlank);
}
