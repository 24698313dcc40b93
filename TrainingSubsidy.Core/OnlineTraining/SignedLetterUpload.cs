using TrainingSubsidy.Core.Files;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>Limits for the scan of the signed and sealed commitment letter.</summary>
public static class SignedLetterUpload
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>A PDF, JPG or PNG scan of at most 10 MB; one file per plan.</summary>
    // TODO: use UploadRules.CommitmentLetterScan once the shared upload rules exist, so both places cannot drift.
    public static readonly UploadRule Rule = new(
        FilePurpose.CommitmentLetterScan,
        new Dictionary<FileKind, long>
        {
            [FileKind.Pdf] = MaxBytes,
            [FileKind.Jpeg] = MaxBytes,
            [FileKind.Png] = MaxBytes,
        },
        1);
}
