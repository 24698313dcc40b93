using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// Stores the documents of an application: business licence, legal representative's ID copy, the signed form, and
/// payroll proof attached to one claimed month. Only the owning enterprise uploads, and only while it may edit.
/// </summary>
public sealed class WorkBasedUploadService(
    IDbContextFactory<AppDbContext> dbFactory,
    FileStore store,
    AuditTrail audit,
    TimeProvider timeProvider)
{
    private static readonly FilePurpose[] Purposes =
    [
        FilePurpose.BusinessLicence, FilePurpose.LegalRepresentativeIdCopy, FilePurpose.PayrollProof,
        FilePurpose.SignedApplicationForm,
    ];

    public async Task<UploadResult> UploadAsync(UserScope scope, int applicationId, FilePurpose purpose,
        string? claimMonth, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!Purposes.Contains(purpose))
        {
            throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not a work-based training document.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await db.WorkBasedApplications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new DomainException($"未找到编号为{applicationId}的以工代训申请，请返回列表重新打开。");
        WorkBasedAccess.EnsureOwner(scope, application);
        if (!application.IsEditable)
        {
            return UploadResult.Failure($"申请当前状态为“{application.Status.ToChinese()}”，不能再上传材料。");
        }

        string? month = null;
        if (purpose == FilePurpose.PayrollProof)
        {
            if (WorkerRules.ParseMonth(claimMonth) is not { } parsed)
            {
                return UploadResult.Failure($"请先选择该佐证所证明的月份（如2020-03），当前为“{claimMonth}”。");
            }

            month = WorkerRules.FormatMonth(parsed);
        }

        var result = await store.SaveAsync(content, fileName, UploadRules.For(purpose), application.EnterpriseId,
            scope.UserId, cancellationToken);
        if (result.File is not { } file)
        {
            return result;
        }

        file.WorkBasedApplicationId = application.Id;
        file.ClaimMonth = month;
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.FileUploaded, "file",
            file.Id.ToString(CultureInfo.InvariantCulture),
            $"{application.ApplicationNumber}：{file.OriginalName}{(month is null ? string.Empty : $"（{month}工资发放佐证）")}"),
            cancellationToken);
        return result;
    }

    /// <summary>Marks an uploaded document of an editable application removed; the bytes stay for audit.</summary>
    public async Task RemoveAsync(UserScope scope, int applicationId, int fileId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await db.WorkBasedApplications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new DomainException($"未找到编号为{applicationId}的以工代训申请，请返回列表重新打开。");
        WorkBasedAccess.EnsureOwner(scope, application);
        if (!application.IsEditable)
        {
            throw new DomainException($"申请当前状态为“{application.Status.ToChinese()}”，不能删除材料。");
        }

        var file = await db.StoredFiles.FirstOrDefaultAsync(
                f => f.Id == fileId && f.WorkBasedApplicationId == applicationId && !f.IsRemoved, cancellationToken)
            ?? throw new DomainException($"本申请中没有ID为{fileId}的材料，请刷新页面。");
        file.MarkRemoved(scope.UserId, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.FileRemoved, "file",
            file.Id.ToString(CultureInfo.InvariantCulture), $"{application.ApplicationNumber}：{file.OriginalName}"),
            cancellationToken);
    }
}

public static class WorkBasedServiceCollectionExtensions
{
    /// <summary>Registers the work-in-lieu-of-training services; each opens its own context per call.</summary>
    public static IServiceCollection AddWorkBasedTraining(this IServiceCollection services)
    {
        services.TryAddSingleton<FileStore>();
        services.AddSingleton<MedicalProducerListService>();
        services.AddSingleton<WorkBasedApplicationService>();
        services.AddSingleton<WorkBasedSubmissionService>();
        services.AddSingleton<WorkBasedReviewService>();
        services.AddSingleton<WorkBasedUploadService>();
        services.AddSingleton<ApplicationFormService>();
        return services;
    }
}
