using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Enterprises;

/// <summary>An enterprise's profile as a user may see it; the account number is masked unless the user is the enterprise.</summary>
public sealed record EnterpriseProfileView(
    int EnterpriseId,
    string Name,
    string CreditCode,
    string DistrictCode,
    string DistrictName,
    string Address,
    string? LegalRepresentative,
    string? LegalRepresentativeIdNumberMasked,
    string ContactPerson,
    string ContactPhone,
    string? BankName,
    string? BankAccountName,
    string? BankAccountNumberShown,
    bool IsMedicalSuppliesProducer,
    Guid Version);

/// <summary>The outcome of saving a profile: the new version, or messages by field, or a conflict message.</summary>
public sealed record ProfileSaveResult(ValidationErrors Errors, Guid? NewVersion, string? ConflictMessage)
{
    public bool Succeeded => NewVersion is not null;
}

/// <summary>Reads and updates an enterprise's own profile, checking the caller's scope on every call.</summary>
public sealed class EnterpriseProfileService(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider timeProvider,
    ILogger<EnterpriseProfileService> logger)
{
    public async Task<EnterpriseProfileView> GetAsync(
        UserScope scope,
        int enterpriseId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken)
            ?? throw new AccessDeniedException("企业不存在或您无权查看。");
        scope.EnsureCanAccessEnterprise(enterprise.Id, enterprise.DistrictCode);

        var districtName = await db.Districts
            .Where(d => d.Code == enterprise.DistrictCode)
            .Select(d => d.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? enterprise.DistrictCode;
        var isOwner = scope.IsEnterpriseUser && scope.EnterpriseId == enterprise.Id;

        return new EnterpriseProfileView(
            enterprise.Id,
            enterprise.Name,
            enterprise.CreditCode,
            enterprise.DistrictCode,
            districtName,
            enterprise.Address,
            enterprise.LegalRepresentative,
            enterprise.LegalRepresentativeIdNumber is null
                ? null
                : ResidentIdNumber.Mask(enterprise.LegalRepresentativeIdNumber),
            enterprise.ContactPerson,
            enterprise.ContactPhone,
            enterprise.BankName,
            enterprise.BankAccountName,
            isOwner || enterprise.BankAccountNumber is null
                ? enterprise.BankAccountNumber
                : EnterpriseProfileValidator.MaskAccountNumber(enterprise.BankAccountNumber),
            enterprise.IsMedicalSuppliesProducer,
            enterprise.Version);
    }

    /// <summary>Loads the edit form of the caller's own enterprise, with unmasked values.</summary>
    public async Task<EnterpriseProfileForm> GetFormAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.EnterpriseUser);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == scope.EnterpriseId, cancellationToken)
            ?? throw new AccessDeniedException("您的账户未关联企业，请联系所在区人社部门。");
        return EnterpriseProfileForm.From(enterprise);
    }

    public async Task<IReadOnlyList<string>> GetDistrictCodesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Districts.Select(d => d.Code).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Validates and saves the caller's own enterprise profile. A save based on a stale version changes nothing and
    /// returns a conflict message, so the caller keeps the user's input and can reload and retry.
    /// </summary>
    public async Task<ProfileSaveResult> SaveAsync(
        UserScope scope,
        EnterpriseProfileForm form,
        CancellationToken cancellationToken = default)
    {
        scope.EnsureRole(Roles.EnterpriseUser);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enterprise = await db.Enterprises
            .FirstOrDefaultAsync(e => e.Id == scope.EnterpriseId, cancellationToken)
            ?? throw new AccessDeniedException("您的账户未关联企业，请联系所在区人社部门。");
        scope.EnsureCanAccessEnterprise(enterprise.Id, enterprise.DistrictCode);

        var districtCodes = await db.Districts.Select(d => d.Code).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        var profile = EnterpriseProfileValidator.Validate(form, districtCodes, ChinaTime.Today(timeProvider), errors);
        if (profile is null)
        {
            return new ProfileSaveResult(errors, null, null);
        }

        db.Entry(enterprise).Property(e => e.Version).OriginalValue = form.Version;
        enterprise.UpdateProfile(
            profile.Name,
            profile.DistrictCode,
            profile.Address,
            profile.LegalRepresentative,
            profile.LegalRepresentativeIdNumber,
            profile.ContactPerson,
            profile.ContactPhone);
        if (profile.BankAccountNumber is null)
        {
            enterprise.ClearBankAccount();
        }
        else
        {
            enterprise.SetBankAccount(profile.BankName!, profile.BankAccountName!, profile.BankAccountNumber);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            EnterpriseLog.ProfileConflict(logger, enterprise.Id, scope.UserId);
            return new ProfileSaveResult(errors, null,
                "保存失败：其他经办人在您打开本页后修改了企业信息。您填写的内容仍保留在页面上，请复制需要的内容后点击“重新加载”查看最新信息，再重新修改保存。");
        }

        EnterpriseLog.ProfileUpdated(logger, enterprise.Id, scope.UserId);
        return new ProfileSaveResult(errors, enterprise.Version, null);
    }
}
