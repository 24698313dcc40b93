namespace TrainingSubsidy.Core.Files;

/// <summary>What an uploaded file is for; decides the allowed kinds, limits and who may read it.</summary>
public enum FilePurpose
{
    CommitmentLetterScan = 1,
    TrainingEvidence = 2,
    BusinessLicence = 3,
    LegalRepresentativeIdCopy = 4,
    PayrollProof = 5,
    SignedApplicationForm = 6,
    BlacklistDocument = 7,
}

/// <summary>The content type recognised from a file's first bytes, not from its name.</summary>
public enum FileKind
{
    Jpeg = 1,
    Png = 2,
    Pdf = 3,
    Mp4 = 4,
}

/// <summary>
/// An uploaded file's record. The bytes live outside the web root under <see cref="StoredName"/>, a random name;
/// the record keeps the SHA-256 so the file can be proven unchanged. Removal only marks the record.
/// </summary>
public sealed class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(
        string storedName,
        string originalName,
        FileKind kind,
        FilePurpose purpose,
        long length,
        string sha256,
        int? enterpriseId,
        string uploadedByUserId,
        DateTimeOffset uploadedAt)
    {
        StoredName = storedName;
        OriginalName = originalName;
        Kind = kind;
        Purpose = purpose;
        Length = length;
        Sha256 = sha256;
        EnterpriseId = enterpriseId;
        UploadedByUserId = uploadedByUserId;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    /// <summary>Random file name inside the files folder; never derived from user input.</summary>
    public string StoredName { get; private set; } = string.Empty;

    /// <summary>The user's file name with path parts and unsafe characters removed, at most 120 characters.</summary>
    public string OriginalName { get; private set; } = string.Empty;

    public FileKind Kind { get; private set; }

    public FilePurpose Purpose { get; private set; }

    public long Length { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public int? EnterpriseId { get; private set; }

    /// <summary>The plan, application or other item the file belongs to, when there is one.</summary>
    public int? TrainingPlanId { get; set; }

    /// <summary>The work-in-lieu-of-training application the file belongs to, when there is one.</summary>
    public int? WorkBasedApplicationId { get; set; }

    /// <summary>For payroll proof of a work-based application: the claimed month it proves, as yyyy-MM.</summary>
    public string? ClaimMonth { get; set; }

    public string UploadedByUserId { get; private set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; private set; }

    public bool IsRemoved { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovedByUserId { get; private set; }

    public string ContentType => Kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Pdf => "application/pdf",
        FileKind.Mp4 => "video/mp4",
        _ => "application/octet-stream",
    };

    /// <summary>Marks the file removed; the bytes stay on disk for audit.</summary>
    public void MarkRemoved(string userId, DateTimeOffset at)
    {
        IsRemoved = true;
        RemovedAt = at;
        RemovedByUserId = userId;
    }
}
