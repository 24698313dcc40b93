using PdfSharp.Drawing;

namespace TrainingSubsidy.Core.Documents.Pdf;

/// <summary>Draws a <see cref="PdfTable"/> at the writer's position, continuing onto new pages as rows need.</summary>
internal sealed class PdfTableWriter
{
    private static readonly XPen BorderPen = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderBrush = new XSolidBrush(XColor.FromArgb(230, 230, 230));
    private static readonly XBrush LabelBrush = new XSolidBrush(XColor.FromArgb(242, 242, 242));

    private readonly PdfDocumentWriter _writer;
    private readonly PdfTable _table;
    private readonly double[] _widths;

    public PdfTableWriter(PdfDocumentWriter writer, PdfTable table)
    {
        ArgumentOutOfRangeException.ThrowIfZero(table.Columns.Count);
        _writer = writer;
        _table = table;

        var totalWeight = table.Columns.Sum(column => column.Width);
        _widths = table.Columns.Select(column => writer.ContentWidth * column.Width / totalWeight).ToArray();
    }

    private double LineHeight => PdfDocumentWriter.LineHeight(_table.FontSize);

    public void Write()
    {
        var header = _table.ShowHeader ? LayOut(_table.Columns.Select(column => column.Header).ToList()) : null;
        var rows = _table.Rows.Select(LayOut).ToList();
        var totals = _table.TotalsRow is null ? null : LayOut(_table.TotalsRow);

        // Keep the header with the first row, so a page never ends with a header alone.
        var firstRowHeight = rows.Count > 0 ? rows[0].Height : totals?.Height ?? 0;
        _writer.EnsureSpace((header?.Height ?? 0) + firstRowHeight);
        if (header is not null)
        {
            DrawRow(header, RowKind.Header);
        }

        foreach (var row in rows)
        {
            DrawRowOnPage(row, header, RowKind.Body);
        }

        if (totals is not null)
        {
            DrawRowOnPage(totals, header, RowKind.Totals);
        }

        _writer.Y += _table.FontSize;
    }

    /// <summary>Starts a new page with the header repeated when the row does not fit below the current position.</summary>
    private void DrawRowOnPage(RowLayout row, RowLayout? header, RowKind kind)
    {
        if (row.Height > _writer.RemainingHeight)
        {
            _writer.AddPage();
            if (header is not null)
            {
                DrawRow(header, RowKind.Header);
            }
        }

        // NOTE: a single row taller than a whole page is drawn past the bottom margin and cut off, not split.
        DrawRow(row, kind);
    }

    private RowLayout LayOut(IReadOnlyList<string> cells)
    {
        var wrapped = new IReadOnlyList<string>[_widths.Length];
        var maxLines = 1;
        for (var column = 0; column < _widths.Length; column++)
        {
            var text = column < cells.Count ? cells[column] ?? string.Empty : string.Empty;
            var textWidth = Math.Max(1, _widths[column] - (2 * _table.CellPadding));
            wrapped[column] = _writer.Wrap(text, _table.FontSize, textWidth);
            maxLines = Math.Max(maxLines, wrapped[column].Count);
        }

        return new RowLayout(wrapped, (maxLines * LineHeight) + (2 * _table.CellPadding));
    }

    private void DrawRow(RowLayout row, RowKind kind)
    {
        var graphics = _writer.Graphics;
        var x = _writer.ContentLeft;
        var top = _writer.Y;
        for (var column = 0; column < _widths.Length; column++)
        {
            var rect = new XRect(x, top, _widths[column], row.Height);
            var fill = CellFill(kind, column);
            if (fill is null)
            {
                graphics.DrawRectangle(BorderPen, rect);
            }
            else
            {
                graphics.DrawRectangle(BorderPen, fill, rect);
            }

            var alignment = kind == RowKind.Header ? TextAlignment.Center : _table.Columns[column].Alignment;
            var lineTop = top + _table.CellPadding;
            foreach (var line in row.Cells[column])
            {
                _writer.DrawText(
                    line,
                    _table.FontSize,
                    x + _table.CellPadding,
                    lineTop,
                    _widths[column] - (2 * _table.CellPadding),
                    alignment);
                lineTop += LineHeight;
            }

            x += _widths[column];
        }

        _writer.Y = top + row.Height;
    }

    private XBrush? CellFill(RowKind kind, int column) => kind switch
    {
        RowKind.Header or RowKind.Totals => HeaderBrush,
        _ when _table.LabelColumns.Contains(column) => LabelBrush,
        _ => null,
    };

    private enum RowKind
    {
        Header,
        Body,
        Totals,
    }

    private sealed record RowLayout(IReadOnlyList<string>[] Cells, double Height);
}
