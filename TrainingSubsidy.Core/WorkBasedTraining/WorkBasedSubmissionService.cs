using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>
/// Submits an application: checks the window, the blacklist, the documents and a payroll proof for every claimed
/// month, then takes the workers' citywide month slots and changes the status in one transaction.
/// </summary>
public sealed class WorkBasedSubmissionService(
    IDbContextFactory<AppDbContext> dbFactory,
    Oversight.BlacklistService blacklist,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<WorkBasedSubmissionService> logger)
{
    public async Task SubmitAsync(UserScope scope, int applicationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.EnterpriseUser);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(timeProvider);
        var policy = await Reference.PolicyParameterService.FindInForceAsync(db, today, cancellationToken);
        ApplicationWindow.Evaluate(policy, today).EnsureOpen();

        // BEGIN IMMEDIATE: Microsoft.Data.Sqlite starts a non-deferred transaction, so submissions queue here and
        // each one reads the slots that the previous one committed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await WorkBasedApplicationService.LoadAsync(db, applicationId, cancellationToken);
        WorkBasedAccess.EnsureOwner(scope, application);
        var enterprise = await db.Enterprises.AsNoTracking()
            .FirstAsync(e => e.Id == application.EnterpriseId, cancellationToken);
        await WorkBasedApplicationService.EnsureListedAsync(db, enterprise, cancellationToken);
        await blacklist.EnsureNotBlacklistedAsync(enterprise.Id, cancellationToken);

        var files = await db.StoredFiles.AsNoTracking()
            .Where(f => f.WorkBasedApplicationId == application.Id && !f.IsRemoved)
            .ToListAsync(cancellationToken);
        CheckComplete(application, files, policy!, today).ThrowIfInvalid();

        await WorkerMonthSlotService.AssignAsync(db, application, cancellationToken);
        application.Submit(scope.UserName, timeProvider.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (WorkerMonthSlotService.IsCapViolation(exception))
        {
            WorkBasedLog.CapRejected(logger, application.Id, exception);
            throw new DomainException(WorkerMonthSlotService.ConcurrentCapMessage);
        }

        WorkBasedLog.Submitted(logger, scope.UserName, application.Id, application.ClaimedWorkerMonths);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.WorkBasedSubmitted, "work-based-application",
            application.Id.ToString(CultureInfo.InvariantCulture),
            $"{application.ApplicationNumber}：{application.Workers.Count}名职工，{application.ClaimedWorkerMonths}个人月"),
            cancellationToken);
    }

    /// <summary>
    /// Lists what is still missing before submission: the applicant, the documents, the signed form, and the
    /// months without payroll proof. Workers are checked again against the policy in force.
    /// </summary>
    public static ValidationErrors CheckComplete(WorkBasedTrainingApplication application,
        IReadOnlyList<StoredFile> files, Reference.PolicyParameters policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(application.LegalRepresentativeName)
            || !ResidentIdNumber.TryParse(application.LegalRepresentativeIdNumber, today, out _, out _))
        {
            errors.Add("Applicant", "请填写法定代表人姓名和有效的身份证号。");
        }

        if (string.IsNullOrWhiteSpace(application.BankName) || string.IsNullOrWhiteSpace(application.BankAccountNumber))
        {
            errors.Add("Applicant", "请填写企业基本账户的开户银行和账号。");
        }

        RequireFile(files, FilePurpose.BusinessLicence, "营业执照", errors);
        RequireFile(files, FilePurpose.LegalRepresentativeIdCopy, "法定代表人身份证复印件", errors);
        RequireFile(files, FilePurpose.SignedApplicationForm, "签字盖章的申请表扫描件", errors);
        if (application.Workers.Count == 0)
        {
            errors.Add("Workers", "申请中还没有职工，请至少添加一名职工。");
        }

        foreach (var worker in application.Workers)
        {
            var input = new WorkerInput(worker.Name, worker.IdNumber, WorkerRules.GenderText(worker.Gender),
                worker.Phone, worker.Kind.ToChinese(), worker.StartDate, worker.Post,
                worker.Months.Select(m => new WorkerMonthInput(m.Month, m.Wage.Yuan)).ToList());
            WorkerRules.Validate(input, policy, today, out var workerErrors);
            foreach (var message in workerErrors)
            {
                errors.Add("Workers", $"{worker.Name}：{message}");
            }
        }

        var proven = files.Where(f => f.Purpose == FilePurpose.PayrollProof && f.ClaimMonth is not null)
            .Select(f => f.ClaimMonth!)
            .ToHashSet(StringComparer.Ordinal);
        var unproven = application.Workers.SelectMany(w => w.Months).Select(m => m.Month)
            .Distinct(StringComparer.Ordinal)
            .Where(month => !proven.Contains(month))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unproven.Count > 0)
        {
            errors.Add("PayrollProof", $"以下月份没有上传工资发放佐证，不能申请：{string.Join("、", unproven)}。请上传该月签字的"
                + "工资发放清单或银行转账记录，或删除该月份；现金发放不能作为佐证。");
        }

        return errors;
    }

    private static void RequireFile(IReadOnlyList<StoredFile> files, FilePurpose purpose, string label,
        ValidationErrors errors)
    {
        if (!files.Any(f => f.Purpose == purpose))
        {
            errors.Add("Documents", $"请上传{label}。");
        }
    }
}
