using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>What the city administrator enters to list one enterprise.</summary>
public sealed class DesignationRequest
{
    public string CreditCode { get; set; } = string.Empty;

    /// <summary>Optional for a registered enterprise, whose registered name is used.</summary>
    public string EnterpriseName { get; set; } = string.Empty;

    public DateOnly? DesignatedOn { get; set; }

    public string DesignationDocument { get; set; } = string.Empty;
}

/// <summary>
/// Keeps the city's list of important medical-supplies producers. Only the city administrator changes it. Each
/// change also sets <see cref="Enterprise.IsMedicalSuppliesProducer"/> of a registered enterprise with that code, and
/// <see cref="IsListedAsync"/> covers an enterprise that registers after it was listed.
/// </summary>
public sealed class MedicalProducerListService(
    IDbContextFactory<AppDbContext> dbFactory,
    AuditTrail audit,
    TimeProvider timeProvider,
    ILogger<MedicalProducerListService> logger)
{
    public async Task<IReadOnlyList<MedicalProducerDesignation>> ListAsync(UserScope scope,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MedicalProducerDesignations.AsNoTracking()
            .OrderBy(entry => entry.RemovedAt != null)
            .ThenByDescending(entry => entry.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>True when the enterprise is on the list now, by its flag or by an active entry with its code.</summary>
    public static async Task<bool> IsListedAsync(AppDbContext db, Enterprise enterprise,
        CancellationToken cancellationToken)
    {
        if (enterprise.IsMedicalSuppliesProducer)
        {
            return true;
        }

        return await db.MedicalProducerDesignations.AnyAsync(
            entry => entry.CreditCode == enterprise.CreditCode && entry.RemovedAt == null, cancellationToken);
    }

    /// <summary>True when the signed-in enterprise user's enterprise is listed; false for every other role.</summary>
    public async Task<bool> IsOwnEnterpriseListedAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsEnterpriseUser || scope.EnterpriseId is not { } enterpriseId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId,
            cancellationToken);
        return enterprise is not null && await IsListedAsync(db, enterprise, cancellationToken);
    }

    public async Task<ValidationErrors> AddAsync(UserScope scope, DesignationRequest request,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new ValidationErrors();
        var entry = await BuildAsync(db, scope, request, new HashSet<string>(), (field, message) =>
            errors.Add(field, message), cancellationToken);
        if (entry is null)
        {
            return errors;
        }

        db.MedicalProducerDesignations.Add(entry);
        await SetEnterpriseFlagAsync(db, entry.CreditCode, true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        WorkBasedLog.ProducerListed(logger, scope.UserName, entry.Id);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.MedicalProducerListed, "medical-producer",
            entry.Id.ToString(CultureInfo.InvariantCulture),
            $"{entry.EnterpriseName}（{entry.CreditCode}），{entry.DesignatedOn:yyyy-MM-dd}认定，{entry.DesignationDocument}"),
            cancellationToken);
        return errors;
    }

    public async Task RemoveAsync(UserScope scope, int entryId, string reason,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var cleaned = TextNormalizer.NormalizeText(reason);
        if (cleaned.Length < 2)
        {
            throw new DomainException("请填写移出名单的原因，如“认定文件已撤销”。");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.MedicalProducerDesignations.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new DomainException($"名单中没有ID为{entryId}的记录，请刷新页面。");
        entry.Remove(scope.UserName, timeProvider.GetUtcNow(), cleaned);
        await SetEnterpriseFlagAsync(db, entry.CreditCode, false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        WorkBasedLog.ProducerRemoved(logger, scope.UserName, entry.Id);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.MedicalProducerRemoved, "medical-producer",
            entry.Id.ToString(CultureInfo.InvariantCulture), $"{entry.EnterpriseName}（{entry.CreditCode}）：{cleaned}"),
            cancellationToken);
    }

    /// <summary>
    /// Imports entries from an xlsx file with the columns 统一社会信用代码, 企业名称, 认定日期 and 认定文件. Saves every
    /// row or none, and returns each bad row's error.
    /// </summary>
    public async Task<(int Added, IReadOnlyList<ImportRowError> Errors)> ImportAsync(UserScope scope, Stream content,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.CityAdmin);
        // Cell errors found while reading are kept, and the readable rows are still checked, so one import
        // reports every bad row at once.
        var rows = DesignationSheet.Read(content, out var errors);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<MedicalProducerDesignation>();
        foreach (var (rowNumber, request) in rows)
        {
            var entry = await BuildAsync(db, scope, request, seen, (field, message) =>
                errors.Add(new ImportRowError(DesignationSheet.SheetName, rowNumber, field, message)), cancellationToken);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        if (errors.Count > 0)
        {
            WorkBasedLog.ProducerImportRejected(logger, scope.UserName, errors.Count);
            return (0, errors);
        }

        db.MedicalProducerDesignations.AddRange(entries);
        foreach (var entry in entries)
        {
            await SetEnterpriseFlagAsync(db, entry.CreditCode, true, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        WorkBasedLog.ProducersImported(logger, scope.UserName, entries.Count);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.MedicalProducersImported, "medical-producer", null,
            $"导入{entries.Count}家：{string.Join("、", entries.Select(e => e.CreditCode))}"), cancellationToken);
        return (entries.Count, errors);
    }

    private async Task<MedicalProducerDesignation?> BuildAsync(AppDbContext db, UserScope scope,
        DesignationRequest request, HashSet<string> seen, Action<string, string> addError,
        CancellationToken cancellationToken)
    {
        var valid = true;
        void Fail(string field, string message)
        {
            valid = false;
            addError(field, message);
        }

        string code = string.Empty;
        if (UnifiedSocialCreditCode.TryParse(request.CreditCode, out var parsed, out var codeError))
        {
            code = parsed.Value;
        }
        else
        {
            Fail(DesignationSheet.CodeHeader, codeError);
        }

        var registered = code.Length == 0
            ? null
            : await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.CreditCode == code, cancellationToken);
        var name = TextNormalizer.NormalizeText(request.EnterpriseName);
        if (name.Length == 0 && registered is not null)
        {
            name = registered.Name;
        }

        if (name.Length is < 2 or > 200)
        {
            Fail(DesignationSheet.NameHeader, $"企业名称“{name}”无效：该企业尚未注册，请填写2至200字的企业名称。");
        }

        var today = ChinaTime.Today(timeProvider);
        if (request.DesignatedOn is not { } designatedOn || designatedOn > today)
        {
            Fail(DesignationSheet.DateHeader, $"认定日期“{request.DesignatedOn:yyyy-MM-dd}”无效：请填写不晚于今天的日期，如2020-02-05。");
        }

        var document = TextNormalizer.NormalizeText(request.DesignationDocument);
        if (document.Length is < 2 or > 200)
        {
            Fail(DesignationSheet.DocumentHeader, "请填写认定文件的名称或文号（2至200字），如“津工信〔2020〕12号”。");
        }

        if (code.Length > 0 && !seen.Add(code))
        {
            Fail(DesignationSheet.CodeHeader, $"统一社会信用代码{code}在文件中重复出现，请删除重复行。");
        }
        else if (code.Length > 0 && await db.MedicalProducerDesignations.AnyAsync(
                     e => e.CreditCode == code && e.RemovedAt == null, cancellationToken))
        {
            Fail(DesignationSheet.CodeHeader, $"统一社会信用代码{code}已在名单中，无需重复添加。");
        }

        return valid
            ? new MedicalProducerDesignation(code, name, request.DesignatedOn!.Value, document, scope.UserName,
                timeProvider.GetUtcNow())
            : null;
    }

    private static async Task SetEnterpriseFlagAsync(AppDbContext db, string creditCode, bool isProducer,
        CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.CreditCode == creditCode, cancellationToken);
        enterprise?.SetMedicalSuppliesProducer(isProducer);
    }
}
