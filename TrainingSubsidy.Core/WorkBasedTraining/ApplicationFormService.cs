using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>Serves the application form PDF to the owning enterprise and to district staff of its district.</summary>
public sealed class ApplicationFormService(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail audit,
    TimeProvider timeProvider)
{
    /// <summary>Decides the download: not found for no application, forbidden outside the readers.</summary>
    public static FileDownloadOutcome Evaluate(UserScope scope, WorkBasedTrainingApplication? application)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (application is null)
        {
            return FileDownloadOutcome.NotFound;
        }

        return WorkBasedAccess.CanRead(scope, application) ? FileDownloadOutcome.Allowed : FileDownloadOutcome.Forbidden;
    }

    /// <summary>Generates the PDF when allowed and records the download in the audit log.</summary>
    public async Task<(FileDownloadOutcome Outcome, byte[]? Pdf, string FileName)> GenerateAsync(UserScope scope,
        int applicationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await db.WorkBasedApplications.AsNoTracking()
            .Include(a => a.Workers).ThenInclude(w => w.Months)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        var outcome = Evaluate(scope, application);
        var fileName = $"以工代训申请表-{application?.ApplicationNumber ?? applicationId.ToString(CultureInfo.InvariantCulture)}.pdf";
        if (outcome != FileDownloadOutcome.Allowed)
        {
            return (outcome, null, fileName);
        }

        var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == application!.EnterpriseId,
            cancellationToken);
        var districtName = await db.Districts.AsNoTracking()
            .Where(d => d.Code == enterprise.DistrictCode)
            .Select(d => d.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? enterprise.DistrictCode;
        var pdf = ApplicationFormDocument.Generate(new ApplicationFormModel(application!, enterprise.Name,
            enterprise.CreditCode, districtName, enterprise.Address, enterprise.ContactPerson, enterprise.ContactPhone,
            ChinaTime.Today(timeProvider)));
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.DocumentDownloaded, "work-based-application",
            application!.Id.ToString(CultureInfo.InvariantCulture), $"以工代训申请表 {application.ApplicationNumber}"),
            cancellationToken);
        return (outcome, pdf, fileName);
    }
}
