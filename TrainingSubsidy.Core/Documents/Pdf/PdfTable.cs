namespace TrainingSubsidy.Core.Documents.Pdf;

/// <summary>A table column. <see cref="Width"/> is a relative share, and widths are scaled to the content width.</summary>
public sealed record PdfTableColumn(string Header, double Width, TextAlignment Alignment = TextAlignment.Left);

/// <summary>
/// A table for <see cref="PdfDocumentWriter.AddTable"/>: columns, body rows of cell texts, and an optional totals
/// row drawn shaded after the last row. Cells wrap, and the header row repeats at the top of every page.
/// </summary>
public sealed class PdfTable
{
    public required IReadOnlyList<PdfTableColumn> Columns { get; init; }

    /// <summary>Cell texts, one list per row; a row may have fewer cells than columns, and the rest stay empty.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    public IReadOnlyList<string>? TotalsRow { get; init; }

    /// <summary>False for a form-like table whose cells label themselves.</summary>
    public bool ShowHeader { get; init; } = true;

    public double FontSize { get; init; } = 10;

    /// <summary>Space between a cell's border and its text, in points.</summary>
    public double CellPadding { get; init; } = 4;

    /// <summary>Columns whose cells are shaded like labels, e.g. 0 and 2 in a two-pair form row.</summary>
    public IReadOnlySet<int> LabelColumns { get; init; } = new HashSet<int>();

    /// <summary>
    /// Creates a headerless form of label and value pairs, such as 企业名称 | value | 统一社会信用代码 | value, with
    /// <paramref name="pairsPerRow"/> pairs a row and the label cells shaded.
    /// </summary>
    public static PdfTable Form(
        IReadOnlyList<IReadOnlyList<string>> rows,
        int pairsPerRow = 2,
        double labelWidth = 2.6,
        double valueWidth = 3.4,
        double fontSize = 10.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pairsPerRow);

        var columns = new List<PdfTableColumn>();
        var labelColumns = new HashSet<int>();
        for (var pair = 0; pair < pairsPerRow; pair++)
        {
            labelColumns.Add(columns.Count);
            columns.Add(new PdfTableColumn("项目", labelWidth));
            columns.Add(new PdfTableColumn("内容", valueWidth));
        }

        return new PdfTable
        {
            Columns = columns,
            Rows = rows,
            ShowHeader = false,
            FontSize = fontSize,
            LabelColumns = labelColumns,
        };
    }
}
