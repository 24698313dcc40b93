using PdfSharp;

namespace TrainingSubsidy.Core.Documents.Pdf;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>Orientation and margins of an A4 document; margins are in points (1/72 inch).</summary>
public sealed record PdfPageLayout(
    PageOrientation Orientation,
    double MarginTop,
    double MarginBottom,
    double MarginSide)
{
    /// <summary>Margins of about 2 cm at the top and sides, and 2.5 cm at the bottom for page numbers.</summary>
    public static PdfPageLayout A4Portrait { get; } = new(PageOrientation.Portrait, 56, 70, 56);

    /// <summary>A4 landscape with narrower margins, for wide tables such as ledgers.</summary>
    public static PdfPageLayout A4Landscape { get; } = new(PageOrientation.Landscape, 42, 56, 42);
}
