using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace TrainingSubsidy.Core.Documents.Pdf;

/// <summary>
/// Lays out a document top to bottom on A4 pages: headings, wrapped paragraphs, tables and signature lines, with
/// a new page whenever the next block does not fit, and 第 X 页 共 Y 页 in every footer. Positions are in points
/// from the page's top-left corner. One instance builds one document and is not thread-safe.
/// </summary>
public sealed class PdfDocumentWriter : IDisposable
{
    private const double LineSpacingFactor = 1.25;
    private const double FooterFontSize = 9;

    private readonly PdfDocument _document = new();
    private readonly Dictionary<double, XFont> _fonts = [];
    private XGraphics? _graphics;
    private bool _saved;

    public PdfDocumentWriter(PdfPageLayout layout, string title)
    {
        PdfFonts.EnsureRegistered();
        Layout = layout;
        _document.Info.Title = title;
        _document.Info.Creator = "TrainingSubsidy";
        AddPage();
    }

    public PdfPageLayout Layout { get; }

    /// <summary>Vertical position where the next block starts.</summary>
    public double Y { get; set; }

    public double PageWidth { get; private set; }

    public double PageHeight { get; private set; }

    public double ContentLeft => Layout.MarginSide;

    public double ContentWidth => PageWidth - (2 * Layout.MarginSide);

    public double ContentTop => Layout.MarginTop;

    public double ContentBottom => PageHeight - Layout.MarginBottom;

    /// <summary>Space left on the current page below <see cref="Y"/>.</summary>
    public double RemainingHeight => ContentBottom - Y;

    public int PageCount => _document.PageCount;

    /// <summary>Graphics of the current page; replaced by <see cref="AddPage"/>.</summary>
    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("The document has been saved.");

    /// <summary>Returns the document font at <paramref name="size"/> points, created once per size.</summary>
    public XFont Font(double size)
    {
        if (!_fonts.TryGetValue(size, out var font))
        {
            font = PdfFonts.Create(size);
            _fonts[size] = font;
        }

        return font;
    }

    /// <summary>Distance between the baselines of two lines of text at <paramref name="size"/> points.</summary>
    public static double LineHeight(double size) => size * LineSpacingFactor;

    public double Measure(string text, double size) => Graphics.MeasureString(text, Font(size)).Width;

    /// <summary>Wraps <paramref name="text"/> to <paramref name="width"/> points at font size <paramref name="size"/>.</summary>
    public IReadOnlyList<string> Wrap(string text, double size, double width, double? firstLineWidth = null)
    {
        var cache = new Dictionary<string, double>(StringComparer.Ordinal);
        return TextWrapper.Wrap(
            text,
            unit =>
            {
                if (!cache.TryGetValue(unit, out var unitWidth))
                {
                    unitWidth = Measure(unit, size);
                    cache[unit] = unitWidth;
                }

                return unitWidth;
            },
            width,
            firstLineWidth);
    }

    public void AddPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = Layout.Orientation;
        PageWidth = page.Width.Point;
        PageHeight = page.Height.Point;
        _graphics = XGraphics.FromPdfPage(page);
        Y = ContentTop;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit below <see cref="Y"/>.</summary>
    public void EnsureSpace(double height)
    {
        if (height > RemainingHeight && Y > ContentTop)
        {
            AddPage();
        }
    }

    public void AddSpace(double height)
    {
        Y += height;
        if (Y > ContentBottom)
        {
            AddPage();
        }
    }

    /// <summary>Adds a heading that stays on the same page as at least two lines of what follows.</summary>
    public void AddHeading(string text, double size = 16, TextAlignment alignment = TextAlignment.Center)
    {
        var lines = Wrap(text, size, ContentWidth);
        EnsureSpace((lines.Count + 2) * LineHeight(size));
        foreach (var line in lines)
        {
            DrawText(line, size, ContentLeft, Y, ContentWidth, alignment);
            Y += LineHeight(size);
        }

        Y += size * 0.4;
    }

    /// <summary>
    /// Adds a wrapped paragraph, breaking onto new pages line by line. <paramref name="firstLineIndent"/> is in
    /// points; Chinese text usually indents two characters (2 × size).
    /// </summary>
    public void AddParagraph(
        string text,
        double size = 12,
        double firstLineIndent = 0,
        TextAlignment alignment = TextAlignment.Left,
        double indent = 0)
    {
        var lineHeight = LineHeight(size);
        var width = ContentWidth - indent;
        var lines = Wrap(text, size, width, width - firstLineIndent);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            var offset = indent + (i == 0 ? firstLineIndent : 0);
            DrawText(lines[i], size, ContentLeft + offset, Y, ContentWidth - offset, alignment);
            Y += lineHeight;
        }
    }

    /// <summary>Adds a table with wrapped cells; its header row repeats on every page it spans.</summary>
    public void AddTable(PdfTable table) => new PdfTableWriter(this, table).Write();

    /// <summary>
    /// Adds one line of labels spread evenly across the width, each followed by a blank line to sign on, such as
    /// 经办人：______ 审核人：______ 负责人：______. Starts a new page when two lines no longer fit.
    /// </summary>
    public void AddSignatureRow(IReadOnlyList<string> labels, double size = 12, double blankWidth = 90)
    {
        ArgumentOutOfRangeException.ThrowIfZero(labels.Count);
        var lineHeight = LineHeight(size);
        EnsureSpace(lineHeight * 2);

        var slotWidth = ContentWidth / labels.Count;
        var baselineOffset = size * 1.05;
        for (var i = 0; i < labels.Count; i++)
        {
            var x = ContentLeft + (i * slotWidth);
            var label = labels[i] + "：";
            DrawText(label, size, x, Y, slotWidth, TextAlignment.Left);
            var lineStart = x + Measure(label, size);
            var lineEnd = Math.Min(lineStart + blankWidth, x + slotWidth - 8);
            Graphics.DrawLine(XPens.Black, lineStart, Y + baselineOffset, lineEnd, Y + baselineOffset);
        }

        Y += lineHeight * 1.5;
    }

    /// <summary>Draws one line of text, aligned in a box <paramref name="width"/> points wide.</summary>
    public void DrawText(string text, double size, double left, double top, double width, TextAlignment alignment)
    {
        var x = alignment switch
        {
            TextAlignment.Center => left + ((width - Measure(text, size)) / 2),
            TextAlignment.Right => left + width - Measure(text, size),
            _ => left,
        };
        Graphics.DrawString(text, Font(size), XBrushes.Black, new XPoint(x, top), XStringFormats.TopLeft);
    }

    /// <summary>Adds page numbers to every page and returns the PDF file. The writer cannot be used afterwards.</summary>
    public byte[] Save()
    {
        if (_saved)
        {
            throw new InvalidOperationException("The document has already been saved.");
        }

        _graphics?.Dispose();
        _graphics = null;
        DrawPageNumbers();
        _saved = true;

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void DrawPageNumbers()
    {
        var total = _document.PageCount;
        var font = Font(FooterFontSize);
        for (var index = 0; index < total; index++)
        {
            var page = _document.Pages[index];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = $"第 {index + 1} 页 共 {total} 页";
            var width = graphics.MeasureString(text, font).Width;
            var top = page.Height.Point - (Layout.MarginBottom / 2) - (FooterFontSize / 2);
            var origin = new XPoint((page.Width.Point - width) / 2, top);
            graphics.DrawString(text, font, XBrushes.Black, origin, XStringFormats.TopLeft);
        }
    }
}
