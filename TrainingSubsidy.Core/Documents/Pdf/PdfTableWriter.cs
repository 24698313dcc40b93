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

        // Keep the header with the first row's first line, so a page never ends with a header alone.
        var firstRowHeight = rows.Count > 0 ? rows[0].Height : totals?.Height ?? 0;
        var oneLineRowHeight = LineHeight + (2 * _table.CellPadding);
        _writer.EnsureSpace((header?.Height ?? 0) + Math.Min(firstRowHeight, oneLineRowHeight));
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

    /// <summary>
    /// Draws a row, first starting a new page with the header repeated when the row does not fit. A row taller than
    /// a whole page is split between lines, and each part continues on the next page.
    /// </summary>
    private void DrawRowOnPage(RowLayout row, RowLayout? header, RowKind kind)
    {
        var remaining = row;
        var freshPageHeight = _writer.ContentBottom - _writer.ContentTop - (header?.Height ?? 0);
        while (remaining.Height > _writer.RemainingHeight)
        {
            var linesThatFit = (int)Math.Floor((_writer.RemainingHeight - (2 * _table.CellPadding)) / LineHeight);
            var onFreshPage = _writer.Y <= _writer.ContentTop + (header?.Height ?? 0);
            if (remaining.Height <= freshPageHeight || linesThatFit < 1)
            {
                if (onFreshPage)
                {
                    // Not even one line fits on an empty page, so the row is drawn and cut off at the margin.
                    break;
                }

                StartPage(header);
                continue;
            }

            DrawRow(remaining.Take(linesThatFit, LineHeight, _table.CellPadding), kind);
            remaining = remaining.Skip(linesThatFit, LineHeight, _table.CellPadding);
            StartPage(header);
        }

        DrawRow(remaining, kind);
    }

    private void StartPage(RowLayout? header)
    {
        _writer.AddPage();
        if (header is not null)
        {
            DrawRow(header, RowKind.Header);
        }
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

    /// <summary>The wrapped lines of each cell and the row's height in points.</summary>
    private sealed record RowLayout(IReadOnlyList<string>[] Cells, double Height)
    {
        public RowLayout Take(int lineCount, double lineHeight, double padding) =>
            Create(Cells.Select(lines => lines.Take(lineCount).ToList()), lineHeight, padding);

        public RowLayout Skip(int lineCount, double lineHeight, double padding) =>
            Create(Cells.Select(lines => lines.Skip(lineCount).ToList()), lineHeight, padding);

        private static RowLayout Create(IEnumerable<List<string>> cells, double lineHeight, double padding)
        {
            var cellLines = cells.Select(lines => (IReadOnlyList<string>)lines).ToArray();
            var maxLines = Math.Max(1, cellLines.Max(lines => lines.Count));
            return new RowLayout(cellLines, (maxLines * lineHeight) + (2 * padding));
        }
    }
}
