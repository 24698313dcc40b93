using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace TrainingSubsidy.Core.Documents.Pdf;

/// <summary>
/// The one font all generated PDFs use, WenQuanYi Micro Hei, loaded from this assembly's resources so that PDFs come
/// out the same on a server with no fonts installed.
/// </summary>
/// <remarks>
/// NOTE: the font covers the Basic Multilingual Plane only. A CJK Extension B character such as 𠮷 in a name prints
/// as an empty glyph and extracts as U+0000. Supporting it needs a second embedded font and drawing each run with
/// the font that has its glyphs.
/// </remarks>
public static class PdfFonts
{
    public const string FamilyName = "WenQuanYi Micro Hei";

    private static readonly Lock RegistrationLock = new();
    private static volatile bool _registered;

    /// <summary>
    /// Installs <see cref="EmbeddedFontResolver"/> as PDFsharp's font resolver, once per process. PDFsharp 6.2
    /// accepts a resolver only once, so every caller (the app and all tests) goes through here. Safe to call from
    /// many threads and many times.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed first.</exception>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (RegistrationLock)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = EmbeddedFontResolver.Instance;
            }
            else if (!ReferenceEquals(current, EmbeddedFontResolver.Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {current.GetType().FullName}; "
                    + $"use {nameof(PdfFonts)}.{nameof(EnsureRegistered)} as the only place that sets it.");
            }

            _registered = true;
        }
    }

    /// <summary>Creates the font at <paramref name="size"/> points with Unicode encoding, embedded as a subset.</summary>
    public static XFont Create(double size)
    {
        EnsureRegistered();
        return new XFont(FamilyName, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }
}

/// <summary>Resolves every family name to the embedded WenQuanYi Micro Hei face.</summary>
/// <remarks>
/// There is no bold face, so a request for bold or italic gets the regular face, and headings rely on size.
/// </remarks>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FaceName = "WenQuanYiMicroHei";

    private const string ResourceName = "TrainingSubsidy.Core.Documents.Fonts.WenQuanYiMicroHei.ttf";

    private static readonly Lazy<byte[]> FontBytes = new(LoadFontBytes, LazyThreadSafetyMode.ExecutionAndPublication);

    private EmbeddedFontResolver()
    {
    }

    public static EmbeddedFontResolver Instance { get; } = new();

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName);

    public byte[] GetFont(string faceName) =>
        faceName == FaceName
            ? FontBytes.Value
            : throw new ArgumentException($"Unknown font face {faceName}; only {FaceName} is embedded.", nameof(faceName));

    private static byte[] LoadFontBytes()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded font resource {ResourceName} is missing; check the EmbeddedResource item in the csproj.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
