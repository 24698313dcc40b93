namespace TrainingSubsidy.Core.Files;

/// <summary>The standard upload limits for each <see cref="FilePurpose"/>.</summary>
public static class UploadRules
{
    private const long Megabyte = 1024 * 1024;

    public static UploadRule CommitmentLetterScan { get; } = Documents(FilePurpose.CommitmentLetterScan, 10, 5);

    /// <summary>Training pictures, third-party platform reports and videos, which need the largest limit.</summary>
    public static UploadRule TrainingEvidence { get; } = new(
        FilePurpose.TrainingEvidence,
        new Dictionary<FileKind, long>
        {
            [FileKind.Jpeg] = 10 * Megabyte,
            [FileKind.Png] = 10 * Megabyte,
            [FileKind.Pdf] = 20 * Megabyte,
            [FileKind.Mp4] = 200 * Megabyte,
        },
        50);

    public static UploadRule BusinessLicence { get; } = Documents(FilePurpose.BusinessLicence, 10, 3);

    public static UploadRule LegalRepresentativeIdCopy { get; } =
        Documents(FilePurpose.LegalRepresentativeIdCopy, 10, 3);

    /// <summary>Signed payroll lists and bank transfer records, which run to many pages.</summary>
    public static UploadRule PayrollProof { get; } = Documents(FilePurpose.PayrollProof, 20, 20);

    public static UploadRule SignedApplicationForm { get; } = Documents(FilePurpose.SignedApplicationForm, 10, 5);

    /// <summary>Returns the standard rule for <paramref name="purpose"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The purpose has no standard rule.</exception>
    public static UploadRule For(FilePurpose purpose) => purpose switch
    {
        FilePurpose.CommitmentLetterScan => CommitmentLetterScan,
        FilePurpose.TrainingEvidence => TrainingEvidence,
        FilePurpose.BusinessLicence => BusinessLicence,
        FilePurpose.LegalRepresentativeIdCopy => LegalRepresentativeIdCopy,
        FilePurpose.PayrollProof => PayrollProof,
        FilePurpose.SignedApplicationForm => SignedApplicationForm,
        _ => throw new ArgumentOutOfRangeException(
            nameof(purpose), purpose, "No standard upload rule for this purpose."),
    };

    /// <summary>Builds a rule for scanned documents: PDF, JPG or PNG up to the same size each.</summary>
    private static UploadRule Documents(FilePurpose purpose, int maxMegabytes, int maxCount) => new(
        purpose,
        new Dictionary<FileKind, long>
        {
            [FileKind.Pdf] = maxMegabytes * Megabyte,
            [FileKind.Jpeg] = maxMegabytes * Megabyte,
            [FileKind.Png] = maxMegabytes * Megabyte,
        },
        maxCount);
}
