using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Administration;

/// <summary>One row of the user list.</summary>
public sealed record UserSummary(
    string Id,
    string UserName,
    string DisplayName,
    string Role,
    string? DistrictCode,
    string? EnterpriseName,
    bool IsDisabled,
    bool IsLockedOut);

/// <summary>A new staff account: district reviewers and finance staff need a district, the city administrator none.</summary>
public sealed class StaffAccountRequest
{
    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Role { get; set; } = Roles.DistrictReviewer;

    public string? DistrictCode { get; set; }
}

/// <summary>
/// The city administrator's user management: staff accounts, password resets and disabling. Disabling changes the
/// security stamp, so the user's cookie stops working at the next request and open circuits stop at their next
/// action.
/// </summary>
public sealed class UserAdministration(
    UserManager<ApplicationUser> userManager,
    AppDbContext db,
    AuditTrail audit,
    TimeProvider timeProvider)
{
    private static readonly string[] StaffRoles = [Roles.DistrictReviewer, Roles.DistrictFinance, Roles.CityAdmin];

    public async Task<IReadOnlyList<UserSummary>> ListAsync(UserScope scope, string? search, CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = users.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        var rows = await (
                from user in users
                join enterprise in db.Enterprises on user.EnterpriseId equals enterprise.Id into enterprises
                from enterprise in enterprises.DefaultIfEmpty()
                join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
                from userRole in userRoles.DefaultIfEmpty()
                join role in db.Roles on userRole.RoleId equals role.Id into roles
                from role in roles.DefaultIfEmpty()
                orderby user.UserName
                select new
                {
                    user.Id,
                    user.UserName,
                    user.DisplayName,
                    RoleName = role == null ? null : role.Name,
                    user.DistrictCode,
                    EnterpriseName = enterprise == null ? null : enterprise.Name,
                    user.IsDisabled,
                    user.LockoutEnd,
                })
            .Take(500)
            .ToListAsync(cancellationToken);

        var now = timeProvider.GetUtcNow();
        return rows.Select(row => new UserSummary(
                row.Id,
                row.UserName ?? string.Empty,
                row.DisplayName,
                row.RoleName ?? string.Empty,
                row.DistrictCode,
                row.EnterpriseName,
                row.IsDisabled,
                row.LockoutEnd is { } end && end > now))
            .ToList();
    }

    /// <summary>Creates a staff account and returns its one-time password, which the administrator hands over.</summary>
    public async Task<(ValidationErrors Errors, string? TemporaryPassword)> CreateStaffAsync(
        UserScope scope,
        StaffAccountRequest request,
        CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var errors = new ValidationErrors();
        var userName = TextNormalizer.NormalizeText(request.UserName);
        if (!EnterpriseRegistrationService.IsValidUserName(userName))
        {
            errors.Add(nameof(request.UserName), $"登录名“{request.UserName}”无效：应为3至50位的字母、数字、点、下划线或短横线。");
        }
        else if (await userManager.FindByNameAsync(userName) is not null)
        {
            errors.Add(nameof(request.UserName), $"登录名“{userName}”已被使用，请换一个。");
        }

        var displayName = TextNormalizer.NormalizeText(request.DisplayName);
        if (displayName.Length is < 2 or > 100)
        {
            errors.Add(nameof(request.DisplayName), "姓名应为2至100个字。");
        }

        if (!StaffRoles.Contains(request.Role))
        {
            errors.Add(nameof(request.Role), "请选择区审核人员、区财务人员或市管理员。");
        }

        var needsDistrict = request.Role is Roles.DistrictReviewer or Roles.DistrictFinance;
        if (needsDistrict && !await db.Districts.AnyAsync(d => d.Code == request.DistrictCode, cancellationToken))
        {
            errors.Add(nameof(request.DistrictCode), "区人员必须选择所属区。");
        }

        if (!errors.IsValid)
        {
            return (errors, null);
        }

        var password = GeneratePassword();
        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = displayName,
            DistrictCode = needsDistrict ? request.DistrictCode : null,
            CreatedAt = timeProvider.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(nameof(request.UserName), IdentityMessages.Translate(error));
            }

            return (errors, null);
        }

        await userManager.AddToRoleAsync(user, request.Role);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.UserCreated, "user", user.Id,
            $"{userName}，{Roles.DisplayName(request.Role)}，区划{user.DistrictCode ?? "全市"}"), cancellationToken);
        return (errors, password);
    }

    /// <summary>Sets a new random password, clears any lockout and returns the password to hand over.</summary>
    public async Task<string> ResetPasswordAsync(UserScope scope, string userId, CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.CityAdmin);
        var user = await FindAsync(userId);
        var password = GeneratePassword();
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var result = await userManager.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(IdentityMessages.Translate)));
        }

        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.UserPasswordReset, "user", user.Id, user.UserName),
            cancellationToken);
        return password;
    }

    public async Task SetDisabledAsync(UserScope scope, string userId, bool disabled, CancellationToken cancellationToken)
    {
        scope.EnsureRole(Roles.CityAdmin);
        if (userId == scope.UserId && disabled)
        {
            throw new DomainException("不能停用自己的账户。");
        }

        var user = await FindAsync(userId);
        user.IsDisabled = disabled;
        var result = await userManager.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(IdentityMessages.Translate)));
        }

        // A new stamp invalidates the user's sign-in cookie at its next validation.
        await userManager.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditRecord.For(scope, disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled,
            "user", user.Id, user.UserName), cancellationToken);
    }

    private async Task<ApplicationUser> FindAsync(string userId) =>
        await userManager.FindByIdAsync(userId) ?? throw new DomainException("用户不存在。");

    /// <summary>A 14-character password with upper and lower case letters and digits, from a secure generator.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        var characters = new char[14];
        characters[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        characters[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        characters[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < characters.Length; i++)
        {
            characters[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }
}
