using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Enterprises;

/// <summary>What an enterprise enters to register itself and its first user.</summary>
public sealed class EnterpriseRegistrationRequest
{
    public string EnterpriseName { get; set; } = string.Empty;

    public string CreditCode { get; set; } = string.Empty;

    public string DistrictCode { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public string ContactPerson { get; set; } = string.Empty;

    public string MobilePhone { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed record EnterpriseRegistrationResult(ValidationErrors Errors, int? EnterpriseId, IReadOnlyList<string> Warnings);

/// <summary>Creates an enterprise and its first enterprise user in one transaction.</summary>
public sealed class EnterpriseRegistrationService(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    TimeProvider timeProvider,
    AuditTrail audit,
    ILogger<EnterpriseRegistrationService> logger)
{
    public async Task<EnterpriseRegistrationResult> RegisterAsync(
        EnterpriseRegistrationRequest request,
        CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        var warnings = new List<string>();

        var name = TextNormalizer.NormalizeText(request.EnterpriseName);
        if (name.Length is < 2 or > 200)
        {
            errors.Add(nameof(request.EnterpriseName), "企业名称应为2至200个字，请按营业执照填写。");
        }

        if (!UnifiedSocialCreditCode.TryParse(request.CreditCode, out var creditCode, out var creditError))
        {
            errors.Add(nameof(request.CreditCode), creditError);
        }
        else
        {
            if (!creditCode.IsRegisteredInTianjin)
            {
                warnings.Add($"统一社会信用代码{creditCode.Value}的登记管理机关代码不是天津（12开头），请确认企业坐落在天津。");
            }

            if (await db.Enterprises.AnyAsync(e => e.CreditCode == creditCode.Value, cancellationToken))
            {
                errors.Add(nameof(request.CreditCode),
                    $"统一社会信用代码{creditCode.Value}已注册。如需新增经办人账户，请联系已注册的经办人或所在区人社部门。");
            }
        }

        if (!await db.Districts.AnyAsync(d => d.Code == request.DistrictCode, cancellationToken))
        {
            errors.Add(nameof(request.DistrictCode), "请选择企业坐落的区。");
        }

        var address = TextNormalizer.NormalizeText(request.Address);
        if (address.Length is < 5 or > 300)
        {
            errors.Add(nameof(request.Address), "企业地址应为5至300个字。");
        }

        var contact = TextNormalizer.NormalizeText(request.ContactPerson);
        if (contact.Length is < 2 or > 50)
        {
            errors.Add(nameof(request.ContactPerson), "联系人姓名应为2至50个字。");
        }

        if (!PhoneNumber.TryParseMobile(request.MobilePhone, out var mobile, out var phoneError))
        {
            errors.Add(nameof(request.MobilePhone), phoneError);
        }

        var userName = TextNormalizer.NormalizeText(request.UserName);
        if (!IsValidUserName(userName))
        {
            errors.Add(nameof(request.UserName), "登录名应为3至50位的字母、数字、点、下划线或短横线。");
        }
        else if (await userManager.FindByNameAsync(userName) is not null)
        {
            errors.Add(nameof(request.UserName), $"登录名“{userName}”已被使用，请换一个。");
        }

        if (request.Password != request.ConfirmPassword)
        {
            errors.Add(nameof(request.ConfirmPassword), "两次输入的密码不一致。");
        }

        if (!errors.IsValid)
        {
            return new EnterpriseRegistrationResult(errors, null, warnings);
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var enterprise = new Enterprise(name, creditCode.Value, request.DistrictCode, address, contact, mobile.Value, now);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);

        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = contact,
            PhoneNumber = mobile.Value,
            EnterpriseId = enterprise.Id,
            CreatedAt = now,
            LockoutEnabled = true,
        };
        var created = await userManager.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            foreach (var error in created.Errors)
            {
                errors.Add(nameof(request.Password), IdentityMessages.Translate(error));
            }

            return new EnterpriseRegistrationResult(errors, null, warnings);
        }

        await userManager.AddToRoleAsync(user, Roles.EnterpriseUser);
        await transaction.CommitAsync(cancellationToken);
        EnterpriseLog.Registered(logger, enterprise.Id, enterprise.DistrictCode, userName);
        await audit.RecordAsync(
            new AuditRecord(user.Id, userName, AuditActions.EnterpriseRegistered, "enterprise",
                enterprise.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{enterprise.Name}，{enterprise.CreditCode}，区划{enterprise.DistrictCode}"),
            cancellationToken);
        return new EnterpriseRegistrationResult(errors, enterprise.Id, warnings);
    }

    public static bool IsValidUserName(string userName) =>
        userName.Length is >= 3 and <= 50
        && userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
