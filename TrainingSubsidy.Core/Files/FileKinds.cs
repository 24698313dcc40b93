namespace TrainingSubsidy.Core.Files;

/// <summary>Names, extensions and content signatures of the file kinds the application accepts.</summary>
public static class FileKinds
{
    /// <summary>Number of leading bytes that <see cref="Detect"/> needs to recognise every kind.</summary>
    public const int SignatureLength = 12;

    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] Mp4BoxType = "ftyp"u8.ToArray();

    /// <summary>Kinds in the order the UI lists them.</summary>
    public static IReadOnlyList<FileKind> DisplayOrder { get; } =
        [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Mp4];

    /// <summary>Recognises the kind from the first bytes of the content, or returns null for anything else.</summary>
    /// <remarks>An MP4 file starts with a box whose type <c>ftyp</c> sits at offset 4, after the box size.</remarks>
    public static FileKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(JpegSignature))
        {
            return FileKind.Jpeg;
        }

        if (header.StartsWith(PngSignature))
        {
            return FileKind.Png;
        }

        if (header.StartsWith(PdfSignature))
        {
            return FileKind.Pdf;
        }

        if (header.Length >= 8 && header[4..8].SequenceEqual(Mp4BoxType))
        {
            return FileKind.Mp4;
        }

        return null;
    }

    /// <summary>Upper-case name shown to users, e.g. JPG.</summary>
    public static string DisplayName(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => "JPG",
        FileKind.Png => "PNG",
        FileKind.Pdf => "PDF",
        FileKind.Mp4 => "MP4",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    /// <summary>Extension given to stored files of this kind, with the leading dot.</summary>
    public static string StoredExtension(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        FileKind.Pdf => ".pdf",
        FileKind.Mp4 => ".mp4",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    /// <summary>Extensions, lower case with the leading dot, that a user's file of this kind may carry.</summary>
    public static IReadOnlyList<string> AcceptedExtensions(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Png => [".png"],
        FileKind.Pdf => [".pdf"],
        FileKind.Mp4 => [".mp4"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    /// <summary>Returns the kind whose accepted extensions include <paramref name="extension"/>, or null.</summary>
    public static FileKind? FromExtension(string extension)
    {
        foreach (var kind in DisplayOrder)
        {
            if (kind.AcceptedExtensions().Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
