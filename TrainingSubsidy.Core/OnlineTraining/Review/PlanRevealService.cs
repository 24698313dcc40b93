using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>A trainee's personal data in clear, shown to the reviewer on request.</summary>
public sealed record TraineeIdentity(int TraineeId, string Name, string IdNumber, string Phone);

/// <summary>
/// Shows data that the review pages mask: the platform password and a trainee's name, ID number and phone. Only a
/// district reviewer of the plan's district may see it, and every reveal is written to the audit log.
/// </summary>
public sealed class PlanRevealService(
    IDbContextFactory<AppDbContext> dbFactory,
    PlatformPasswordProtector passwordProtector,
    AuditTrail audit,
    ILogger<PlanRevealService> logger)
{
    /// <summary>
    /// Decrypts the plan's platform password; returns null when the enterprise gave none. Throws
    /// <see cref="AccessDeniedException"/> for anyone but a reviewer of the plan's district.
    /// </summary>
    public async Task<string?> RevealPlatformPasswordAsync(
        UserScope scope,
        int planId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.TrainingPlans.AsNoTracking()
                       .Where(p => p.Id == planId && p.Status != PlanStatus.Draft)
                       .Select(p => new { p.DistrictCode, p.PlatformPasswordProtected })
                       .FirstOrDefaultAsync(cancellationToken)
                   ?? throw new DomainException($"未找到ID为{planId}的培训计划，请返回审核列表重新打开。");
        ReviewAccess.EnsureCanAct(scope, plan.DistrictCode);
        if (string.IsNullOrEmpty(plan.PlatformPasswordProtected))
        {
            return null;
        }

        string password;
        try
        {
            password = passwordProtector.Unprotect(plan.PlatformPasswordProtected);
        }
        catch (CryptographicException exception)
        {
            ReviewLog.PlatformPasswordUnreadable(logger, planId, exception);
            throw new DomainException("平台密码无法解密（加密密钥可能已更换）。请联系企业提供密码，或退回计划请企业重新填写。");
        }

        ReviewLog.PlatformPasswordRevealed(logger, scope.UserName, planId);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.PersonalDataShown, "training-plan",
            planId.ToString(System.Globalization.CultureInfo.InvariantCulture), "查看培训平台登录密码"), cancellationToken);
        return password;
    }

    /// <summary>
    /// Returns one trainee of the plan unmasked. Throws <see cref="AccessDeniedException"/> for anyone but a
    /// reviewer of the plan's district, and <see cref="DomainException"/> when the trainee is not in the plan.
    /// </summary>
    public async Task<TraineeIdentity> RevealTraineeAsync(
        UserScope scope,
        int planId,
        int traineeId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.DistrictReviewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var districtCode = await db.TrainingPlans.AsNoTracking()
                               .Where(p => p.Id == planId && p.Status != PlanStatus.Draft)
                               .Select(p => p.DistrictCode)
                               .FirstOrDefaultAsync(cancellationToken)
                           ?? throw new DomainException($"未找到ID为{planId}的培训计划，请返回审核列表重新打开。");
        ReviewAccess.EnsureCanAct(scope, districtCode);

        var trainee = await db.TrainingPlans.AsNoTracking()
                          .Where(p => p.Id == planId)
                          .SelectMany(p => p.Trainees)
                          .Where(t => t.Id == traineeId)
                          .Select(t => new TraineeIdentity(t.Id, t.Name, t.IdNumber, t.Phone))
                          .FirstOrDefaultAsync(cancellationToken)
                      ?? throw new DomainException("该职工不在此培训计划中，可能已被企业修改。请重新加载页面。");

        ReviewLog.TraineeRevealed(logger, scope.UserName, traineeId, planId);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.PersonalDataShown, "trainee",
            traineeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"查看培训计划{planId}中职工的姓名、身份证号和电话"), cancellationToken);
        return trainee;
    }
}
