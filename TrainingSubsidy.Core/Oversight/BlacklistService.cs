using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Oversight;

/// <summary>What staff enter to blacklist an enterprise.</summary>
public sealed class BlacklistRequest
{
    /// <summary>A registered enterprise; when null, <see cref="CreditCode"/> names an unregistered one.</summary>
    public int? EnterpriseId { get; set; }

    public string CreditCode { get; set; } = string.Empty;

    public string EnterpriseName { get; set; } = string.Empty;

    public string? DistrictCode { get; set; }

    public string? LegalRepresentativeIdNumber { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string? SupportingDocuments { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}

/// <summary>
/// Keeps the blacklist and checks whether an enterprise is on it. The city administrator acts citywide, and district
/// staff act on enterprises of their own district.
/// </summary>
public sealed class BlacklistService(IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<BlacklistEntry>> ListAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        EnsureStaff(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.BlacklistEntries.AsNoTracking();
        if (!scope.IsCityAdmin)
        {
            entries = entries.Where(entry => entry.DistrictCode == scope.DistrictCode);
        }

        return await entries.OrderByDescending(entry => entry.Id).ToListAsync(cancellationToken);
    }

    public async Task<(ValidationErrors Errors, int? EntryId)> AddAsync(
        UserScope scope,
        BlacklistRequest request,
        CancellationToken cancellationToken = default)
    {
        EnsureStaff(scope);
        var errors = new ValidationErrors();
        var today = ChinaTime.Today(timeProvider);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        string creditCode;
        string name;
        string? district;
        string? legalRepresentativeId = null;
        if (request.EnterpriseId is { } enterpriseId)
        {
            var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
                ?? throw new DomainException("企业不存在。");
            scope.EnsureCanAccessEnterprise(enterprise.Id, enterprise.DistrictCode);
            creditCode = enterprise.CreditCode;
            name = enterprise.Name;
            district = enterprise.DistrictCode;
            legalRepresentativeId = enterprise.LegalRepresentativeIdNumber;
        }
        else
        {
            if (!UnifiedSocialCreditCode.TryParse(request.CreditCode, out var code, out var codeError))
            {
                errors.Add(nameof(request.CreditCode), codeError);
            }

            creditCode = code.Value ?? string.Empty;
            name = TextNormalizer.NormalizeText(request.EnterpriseName);
            district = scope.IsCityAdmin ? request.DistrictCode : scope.DistrictCode;
            if (name.Length < 2)
            {
                errors.Add(nameof(request.EnterpriseName), "请填写企业名称。");
            }

            if (district is null || !await db.Districts.AnyAsync(d => d.Code == district, cancellationToken))
            {
                errors.Add(nameof(request.DistrictCode), "请选择企业所在区。");
            }
        }

        if (!string.IsNullOrWhiteSpace(request.LegalRepresentativeIdNumber))
        {
            if (ResidentIdNumber.TryParse(request.LegalRepresentativeIdNumber, today, out var id, out var idError))
            {
                legalRepresentativeId = id.Value;
            }
            else
            {
                errors.Add(nameof(request.LegalRepresentativeIdNumber), idError);
            }
        }

        var reason = TextNormalizer.NormalizeText(request.Reason);
        if (reason.Length < 4)
        {
            errors.Add(nameof(request.Reason), "请写明列入黑名单的原因（至少4个字），如“虚报参训人员骗取补贴”。");
        }

        if (request.EndDate is { } end && end < request.StartDate)
        {
            errors.Add(nameof(request.EndDate), $"结束日期{end:yyyy-MM-dd}不能早于开始日期{request.StartDate:yyyy-MM-dd}。");
        }

        if (!errors.IsValid)
        {
            return (errors, null);
        }

        scope.EnsureCanAccessDistrict(district!);
        var entry = new BlacklistEntry(creditCode, legalRepresentativeId, request.EnterpriseId, name, district!, reason,
            TextNormalizer.NormalizeText(request.SupportingDocuments), request.StartDate, request.EndDate,
            scope.UserId, scope.UserName, timeProvider.GetUtcNow());
        db.BlacklistEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.BlacklistAdded, "blacklist",
            entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{name}（{creditCode}）自{request.StartDate:yyyy-MM-dd}起：{reason}"), cancellationToken);
        return (errors, entry.Id);
    }

    public async Task RemoveAsync(UserScope scope, int entryId, string reason, CancellationToken cancellationToken = default)
    {
        EnsureStaff(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.BlacklistEntries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new DomainException("黑名单记录不存在。");
        scope.EnsureCanAccessDistrict(entry.DistrictCode);
        entry.Remove(scope.UserName, timeProvider.GetUtcNow(), reason);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.BlacklistRemoved, "blacklist",
            entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{entry.EnterpriseName}：{entry.RemovalReason}"),
            cancellationToken);
    }

    /// <summary>
    /// Returns the entry in force today that matches the enterprise's credit code or its legal representative's ID
    /// number, or null. Callers that submit plans, claims or applications reject the submission when it is not null.
    /// </summary>
    public async Task<BlacklistEntry?> FindActiveAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking()
            .Where(e => e.Id == enterpriseId)
            .Select(e => new { e.CreditCode, e.LegalRepresentativeIdNumber })
            .FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        var today = ChinaTime.Today(timeProvider);
        var candidates = await db.BlacklistEntries.AsNoTracking()
            .Where(entry => entry.RemovedAt == null)
            .Where(entry => entry.CreditCode == enterprise.CreditCode
                            || (enterprise.LegalRepresentativeIdNumber != null
                                && entry.LegalRepresentativeIdNumber == enterprise.LegalRepresentativeIdNumber))
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(entry => entry.IsActiveOn(today));
    }

    /// <summary>Throws a <see cref="DomainException"/> naming the entry when the enterprise is blacklisted.</summary>
    public async Task EnsureNotBlacklistedAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        if (await FindActiveAsync(enterpriseId, cancellationToken) is { } entry)
        {
            throw new DomainException(Describe(entry));
        }
    }

    public static string Describe(BlacklistEntry entry) =>
        $"该企业已被列入黑名单（{entry.StartDate:yyyy-MM-dd}起{(entry.EndDate is { } end ? $"至{end:yyyy-MM-dd}" : string.Empty)}，"
        + $"原因：{entry.Reason}），不能提交培训计划、补贴申请或以工代训申请。如有异议请联系所在区人社部门。";

    private static void EnsureStaff(UserScope scope) =>
        scope.EnsureRole(Roles.CityAdmin, Roles.DistrictReviewer, Roles.DistrictFinance);
}
