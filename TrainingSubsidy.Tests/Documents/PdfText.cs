using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace TrainingSubsidy.Tests.Documents;

/// <summary>Reads generated PDFs back with PdfPig, as a reader application would extract their text.</summary>
internal static class PdfText
{
    /// <summary>Returns each page's text without whitespace, because PdfPig spaces Chinese letters unevenly.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfPigDocument.Open(pdf);
        return document.GetPages().Select(page => Compact(page.Text)).ToList();
    }

    public static IReadOnlyList<string> FontNames(byte[] pdf)
    {
        using var document = PdfPigDocument.Open(pdf);
        return document.GetPages()
            .SelectMany(page => page.Letters)
            .Select(letter => letter.FontName ?? string.Empty)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<(double Width, double Height)> PageSizes(byte[] pdf)
    {
        using var document = PdfPigDocument.Open(pdf);
        return document.GetPages().Select(page => (page.Width, page.Height)).ToList();
    }

    public static string Compact(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
