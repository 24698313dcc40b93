using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.Files;

public enum FileDownloadOutcome
{
    Allowed = 0,

    /// <summary>No such file, or it was removed.</summary>
    NotFound = 1,

    /// <summary>The file exists but the user may not read it.</summary>
    Forbidden = 2,
}

/// <summary>
/// Decides who may download a stored file: the enterprise that owns it, and district staff (reviewers and finance)
/// of the district where that enterprise is located. Everyone else is forbidden, the city administrator included,
/// and so are files that belong to no enterprise.
/// </summary>
public sealed class FileDownloadAccess(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <param name="scope">The signed-in user.</param>
    /// <param name="file">The file's record, or null when none has the requested id.</param>
    /// <param name="enterpriseDistrictCode">The owning enterprise's current district; null when there is none.</param>
    public static FileDownloadOutcome Evaluate(UserScope scope, StoredFile? file, string? enterpriseDistrictCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (file is null || file.IsRemoved)
        {
            return FileDownloadOutcome.NotFound;
        }

        if (file.EnterpriseId is not { } enterpriseId)
        {
            return FileDownloadOutcome.Forbidden;
        }

        var allowed = scope.Role switch
        {
            Roles.EnterpriseUser => scope.EnterpriseId == enterpriseId,
            Roles.DistrictReviewer or Roles.DistrictFinance =>
                enterpriseDistrictCode is not null && scope.DistrictCode == enterpriseDistrictCode,
            _ => false,
        };

        return allowed ? FileDownloadOutcome.Allowed : FileDownloadOutcome.Forbidden;
    }

    /// <summary>Loads the file's record and applies <see cref="Evaluate"/>; the file is null unless allowed.</summary>
    public async Task<(FileDownloadOutcome Outcome, StoredFile? File)> FindAsync(
        UserScope scope,
        int fileId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        string? districtCode = null;
        if (file?.EnterpriseId is { } enterpriseId)
        {
            districtCode = await db.Enterprises.AsNoTracking()
                .Where(enterprise => enterprise.Id == enterpriseId)
                .Select(enterprise => enterprise.DistrictCode)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var outcome = Evaluate(scope, file, districtCode);
        return (outcome, outcome == FileDownloadOutcome.Allowed ? file : null);
    }
}
