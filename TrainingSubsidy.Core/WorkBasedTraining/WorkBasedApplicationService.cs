using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>The enterprise's view before it opens an application: eligibility, the window and its applications.</summary>
public sealed record WorkBasedOverview(
    bool IsListed,
    ApplicationWindow Window,
    string? BlacklistMessage,
    IReadOnlyList<WorkBasedTrainingApplication> Applications);

/// <summary>
/// Creates and edits the enterprise's drafts. Every method checks that the caller is the owning enterprise, and
/// edits only drafts and returned applications; submission is <see cref="WorkBasedSubmissionService"/>.
/// </summary>
public sealed class WorkBasedApplicationService(
    IDbContextFactory<AppDbContext> dbFactory,
    Oversight.BlacklistService blacklist,
    TimeProvider timeProvider,
    ILogger<WorkBasedApplicationService> logger)
{
    public async Task<WorkBasedOverview> GetOverviewAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        var enterpriseId = EnterpriseIdOf(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await FindEnterpriseAsync(db, enterpriseId, cancellationToken);
        var listed = await MedicalProducerListService.IsListedAsync(db, enterprise, cancellationToken);
        var window = await GetWindowAsync(db, cancellationToken);
        var entry = await blacklist.FindActiveAsync(enterpriseId, cancellationToken);
        var applications = listed
            ? await db.WorkBasedApplications.AsNoTracking()
                .Include(a => a.Events)
                .Include(a => a.Workers).ThenInclude(w => w.Months)
                .Where(a => a.EnterpriseId == enterpriseId)
                .OrderByDescending(a => a.Id)
                .AsSplitQuery()
                .ToListAsync(cancellationToken)
            : [];
        return new WorkBasedOverview(listed, window,
            entry is null ? null : Oversight.BlacklistService.Describe(entry), applications);
    }

    public async Task<ApplicationWindow> GetWindowAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await GetWindowAsync(db, cancellationToken);
    }

    /// <summary>Creates a draft filled from the enterprise profile; only listed producers may apply.</summary>
    public async Task<int> CreateDraftAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        var enterpriseId = EnterpriseIdOf(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await FindEnterpriseAsync(db, enterpriseId, cancellationToken);
        await EnsureListedAsync(db, enterprise, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var today = ChinaTime.Today(timeProvider);
        var earlier = await db.WorkBasedApplications.CountAsync(a => a.EnterpriseId == enterprise.Id, cancellationToken);
        var number = string.Create(CultureInfo.InvariantCulture,
            $"YG{enterprise.DistrictCode}-{today:yyyyMMdd}-{enterprise.Id:00000}-{earlier + 1:00}");
        var application = new WorkBasedTrainingApplication(enterprise.Id, enterprise.DistrictCode, number, now);
        application.SetApplicant(enterprise.LegalRepresentative ?? string.Empty,
            enterprise.LegalRepresentativeIdNumber ?? string.Empty, enterprise.BankName ?? string.Empty,
            enterprise.Name, enterprise.BankAccountNumber ?? string.Empty, now);
        db.WorkBasedApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application.Id;
    }

    /// <summary>Loads the application with workers, months and history for its enterprise.</summary>
    public async Task<WorkBasedTrainingApplication> GetAsync(UserScope scope, int applicationId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken, tracking: false);
        WorkBasedAccess.EnsureOwner(scope, application);
        return application;
    }

    /// <summary>Saves the legal representative and the basic account; the account name is the enterprise name.</summary>
    public async Task<ValidationErrors> SaveApplicantAsync(UserScope scope, int applicationId,
        string? legalRepresentativeName, string? legalRepresentativeIdNumber, string? bankName,
        string? bankAccountNumber, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var name = TextNormalizer.NormalizeText(legalRepresentativeName);
        if (name.Length is < 2 or > 50)
        {
            errors.Add("LegalRepresentativeName", $"法定代表人姓名“{name}”无效：请填写2至50个字。");
        }

        var idNumber = string.Empty;
        if (ResidentIdNumber.TryParse(legalRepresentativeIdNumber, ChinaTime.Today(timeProvider), out var id,
                out var idError))
        {
            idNumber = id.Value;
        }
        else
        {
            errors.Add("LegalRepresentativeIdNumber", "法定代表人" + idError);
        }

        var bank = TextNormalizer.NormalizeText(bankName);
        if (bank.Length is < 4 or > 100)
        {
            errors.Add("BankName", $"开户银行“{bank}”无效：请填写银行及网点全称，如“中国工商银行天津分行营业部”。");
        }

        var account = TextNormalizer.NormalizeIdentifier(bankAccountNumber);
        if (account.Length is < 8 or > 32 || !account.All(char.IsAsciiDigit))
        {
            errors.Add("BankAccountNumber", $"基本账户账号“{bankAccountNumber}”无效：请填写8至32位数字，不含空格和横线。");
        }

        if (!errors.IsValid)
        {
            return errors;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken);
        WorkBasedAccess.EnsureOwner(scope, application);
        var enterprise = await FindEnterpriseAsync(db, application.EnterpriseId, cancellationToken);
        application.SetApplicant(name, idNumber, bank, enterprise.Name, account, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Validates and adds one worker; returns the messages when the worker is invalid.</summary>
    public async Task<IReadOnlyList<string>> AddWorkerAsync(UserScope scope, int applicationId, WorkerInput input,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken);
        WorkBasedAccess.EnsureOwner(scope, application);
        var policy = await FindPolicyAsync(db, cancellationToken);
        var worker = WorkerRules.Validate(input, policy, ChinaTime.Today(timeProvider), out var errors);
        if (worker is null)
        {
            return errors;
        }

        application.AddWorker(worker, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task RemoveWorkerAsync(UserScope scope, int applicationId, int workerId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken);
        WorkBasedAccess.EnsureOwner(scope, application);
        application.RemoveWorker(workerId, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Replaces the workers with the template's rows, all or none; returns each bad row's error.</summary>
    public async Task<IReadOnlyList<ImportRowError>> ImportWorkersAsync(UserScope scope, int applicationId,
        Stream content, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken);
        WorkBasedAccess.EnsureOwner(scope, application);
        var policy = await FindPolicyAsync(db, cancellationToken);
        var workers = WorkerTemplate.Read(content, policy, ChinaTime.Today(timeProvider), out var errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        application.ReplaceWorkers(workers, timeProvider.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        WorkBasedLog.WorkersImported(logger, scope.UserName, workers.Count, application.Id);
        return [];
    }

    /// <summary>
    /// Counts, per ID number of the application's workers, the months already approved or pending in other
    /// applications citywide.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> CountMonthsElsewhereAsync(UserScope scope, int applicationId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken, tracking: false);
        if (!WorkBasedAccess.CanRead(scope, application))
        {
            throw new AccessDeniedException("您无权查看该以工代训申请。");
        }

        return await WorkerMonthSlotService.CountElsewhereAsync(db, application, cancellationToken);
    }

    /// <summary>Links an uploaded file to the application; a payroll proof also names the month it proves.</summary>
    public async Task AttachFileAsync(UserScope scope, int applicationId, int fileId, string? claimMonth,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken);
        WorkBasedAccess.EnsureOwner(scope, application);
        if (!application.IsEditable)
        {
            throw new DomainException($"申请当前状态为“{application.Status.ToChinese()}”，不能再上传材料。");
        }

        var file = await db.StoredFiles.FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || file.EnterpriseId != application.EnterpriseId || file.IsRemoved)
        {
            throw new DomainException($"未找到ID为{fileId}的上传文件，请重新上传。");
        }

        if (file.Purpose == FilePurpose.PayrollProof && WorkerRules.ParseMonth(claimMonth) is null)
        {
            throw new DomainException($"工资发放佐证须注明所证明的月份，“{claimMonth}”无效，请按“年-月”选择，如2020-03。");
        }

        file.WorkBasedApplicationId = application.Id;
        file.ClaimMonth = file.Purpose == FilePurpose.PayrollProof
            ? WorkerRules.FormatMonth(WorkerRules.ParseMonth(claimMonth)!.Value)
            : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Lists the files linked to the application, for its enterprise and its district's staff.</summary>
    public async Task<IReadOnlyList<StoredFile>> ListFilesAsync(UserScope scope, int applicationId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var application = await LoadAsync(db, applicationId, cancellationToken, tracking: false);
        if (!WorkBasedAccess.CanRead(scope, application))
        {
            throw new AccessDeniedException("您无权查看该以工代训申请的材料。");
        }

        return await db.StoredFiles.AsNoTracking()
            .Where(f => f.WorkBasedApplicationId == applicationId && !f.IsRemoved)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
    }

    internal static async Task<WorkBasedTrainingApplication> LoadAsync(AppDbContext db, int applicationId,
        CancellationToken cancellationToken, bool tracking = true)
    {
        var query = db.WorkBasedApplications
            .Include(a => a.Workers).ThenInclude(w => w.Months)
            .Include(a => a.Events)
            .AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new DomainException($"未找到编号为{applicationId}的以工代训申请，请返回列表重新打开。");
    }

    internal async Task<PolicyParameters> FindPolicyAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await PolicyParameterService.FindInForceAsync(db, ChinaTime.Today(timeProvider), cancellationToken)
        ?? throw new DomainException("当前没有生效的政策参数，请联系市人社局。");

    private async Task<ApplicationWindow> GetWindowAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(timeProvider);
        var policy = await PolicyParameterService.FindInForceAsync(db, today, cancellationToken);
        return ApplicationWindow.Evaluate(policy, today);
    }

    internal static async Task EnsureListedAsync(AppDbContext db, Enterprise enterprise,
        CancellationToken cancellationToken)
    {
        if (!await MedicalProducerListService.IsListedAsync(db, enterprise, cancellationToken))
        {
            throw new AccessDeniedException(
                "以工代训补贴仅限列入本市重要医用物资生产企业名单的企业申请。如本企业已被认定，请联系市人社局核对名单。");
        }
    }

    private static int EnterpriseIdOf(UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.EnsureRole(Roles.EnterpriseUser);
        return scope.EnterpriseId ?? throw new AccessDeniedException("您的账号未关联企业，请联系管理员。");
    }

    private static async Task<Enterprise> FindEnterpriseAsync(AppDbContext db, int enterpriseId,
        CancellationToken cancellationToken) =>
        await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
        ?? throw new DomainException("未找到您的企业信息，请联系管理员。");
}
