using System.Globalization;
using ClosedXML.Excel;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Spreadsheets;

public enum CellValueKind
{
    Blank,
    Number,
    DateTime,
    Text,

    /// <summary>A formula cell saved without a calculated value, e.g. by a tool that does not calculate.</summary>
    BlankFormula,
}

/// <summary>A cell's stored value, typed, with the text a person would see for error messages.</summary>
public readonly record struct CellValue(CellValueKind Kind, double Number, DateTime DateTime, string Text)
{
    public bool IsBlank => Kind == CellValueKind.Blank;
}

/// <summary>
/// Reads what Excel or WPS saved in a cell without calculating anything: a formula cell gives the value that the
/// program cached when it saved the file, because ClosedXML's own calculation covers few functions.
/// </summary>
public static class CellValues
{
    public static CellValue Read(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return FromCached(cell.CachedValue);
        }

        if (cell.IsEmpty())
        {
            return new CellValue(CellValueKind.Blank, 0, default, string.Empty);
        }

        switch (cell.DataType)
        {
            case XLDataType.Number:
                var read = CellReader.Read(cell);
                return new CellValue(CellValueKind.Number, cell.GetDouble(), default, read.Text);
            case XLDataType.DateTime:
                var dateTime = cell.GetDateTime();
                return new CellValue(CellValueKind.DateTime, 0, dateTime, Format(dateTime));
            default:
                var text = TextNormalizer.NormalizeText(cell.GetString()).Trim();
                return text.Length == 0
                    ? new CellValue(CellValueKind.Blank, 0, default, string.Empty)
                    : new CellValue(CellValueKind.Text, 0, default, text);
        }
    }

    private static CellValue FromCached(object? cached)
    {
        switch (cached)
        {
            case double number:
                return new CellValue(CellValueKind.Number, number, default,
                    number.ToString("R", CultureInfo.InvariantCulture));
            case DateTime dateTime:
                return new CellValue(CellValueKind.DateTime, 0, dateTime, Format(dateTime));
            case null:
                return new CellValue(CellValueKind.BlankFormula, 0, default, string.Empty);
            default:
                var text = TextNormalizer.NormalizeText(Convert.ToString(cached, CultureInfo.InvariantCulture)).Trim();
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    // A cached number can come back as its text, depending on how the file stored it.
                    return new CellValue(CellValueKind.Number, parsed, default, text);
                }

                return text.Length == 0
                    ? new CellValue(CellValueKind.BlankFormula, 0, default, string.Empty)
                    : new CellValue(CellValueKind.Text, 0, default, text);
        }
    }

    private static string Format(DateTime value) =>
        value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
