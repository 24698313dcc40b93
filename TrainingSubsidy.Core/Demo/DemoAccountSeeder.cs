using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Demo;

/// <summary>
/// Creates the demo accounts and their enterprises for Development. The names, codes and phone numbers are made up.
/// Accounts that exist already are left as they are, so the seeder can run at every start.
/// </summary>
public sealed class DemoAccountSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<DemoOptions> options,
    TimeProvider timeProvider,
    ILogger<DemoAccountSeeder> logger)
{
    public const string BinhaiDistrict = "120116";
    public const string HepingDistrict = "120101";

    public static readonly string BinhaiCreditCode = WithCheckCharacter("91120116MA06B2L4G");
    public static readonly string HepingCreditCode = WithCheckCharacter("91120101MA05T7QK3");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsureRolesAsync(roleManager);

        await EnsureUserAsync("admin", "市人社局管理员", Roles.CityAdmin, null, null);
        await EnsureUserAsync("reviewer.binhai", "滨海新区审核员", Roles.DistrictReviewer, BinhaiDistrict, null);
        await EnsureUserAsync("finance.binhai", "滨海新区财务", Roles.DistrictFinance, BinhaiDistrict, null);
        await EnsureUserAsync("reviewer.heping", "和平区审核员", Roles.DistrictReviewer, HepingDistrict, null);
        await EnsureUserAsync("finance.heping", "和平区财务", Roles.DistrictFinance, HepingDistrict, null);

        var binhai = await EnsureEnterpriseAsync(
            "天津滨海康泰医疗用品有限公司", BinhaiCreditCode, BinhaiDistrict, "天津市滨海新区经济技术开发区第三大街18号",
            "刘建华", "13820010001", isMedicalSuppliesProducer: true, cancellationToken);
        var heping = await EnsureEnterpriseAsync(
            "天津和平信达商贸有限公司", HepingCreditCode, HepingDistrict, "天津市和平区南京路120号",
            "陈晓梅", "13920020002", isMedicalSuppliesProducer: false, cancellationToken);

        await EnsureDesignationAsync(binhai, cancellationToken);

        await EnsureUserAsync("enterprise.binhai", "刘建华", Roles.EnterpriseUser, null, binhai.Id);
        await EnsureUserAsync("enterprise.heping", "陈晓梅", Roles.EnterpriseUser, null, heping.Id);
    }

    /// <summary>Creates the four roles when missing; runs in every environment.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roleManager)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task<Enterprise> EnsureEnterpriseAsync(
        string name,
        string creditCode,
        string districtCode,
        string address,
        string contactPerson,
        string phone,
        bool isMedicalSuppliesProducer,
        CancellationToken cancellationToken)
    {
        var existing = await db.Enterprises.FirstOrDefaultAsync(e => e.CreditCode == creditCode, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var enterprise = new Enterprise(
            name, creditCode, districtCode, address, contactPerson, phone, timeProvider.GetUtcNow());
        enterprise.UpdateProfile(name, districtCode, address, contactPerson, null, contactPerson, phone);
        enterprise.SetBankAccount("中国工商银行天津分行营业部", name, districtCode == BinhaiDistrict
            ? "0302000119200012345"
            : "0302000119200067890");
        enterprise.SetMedicalSuppliesProducer(isMedicalSuppliesProducer);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);
        return enterprise;
    }

    /// <summary>Lists the Binhai demo enterprise as a medical-supplies producer, as the city administrator would.</summary>
    private async Task EnsureDesignationAsync(Enterprise enterprise, CancellationToken cancellationToken)
    {
        if (await db.MedicalProducerDesignations.AnyAsync(d => d.CreditCode == enterprise.CreditCode, cancellationToken))
        {
            return;
        }

        db.MedicalProducerDesignations.Add(new WorkBasedTraining.MedicalProducerDesignation(enterprise.CreditCode,
            enterprise.Name, new DateOnly(2020, 2, 5), "演示认定文件（虚构）", "admin", timeProvider.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureUserAsync(string userName, string displayName, string role, string? district, int? enterpriseId)
    {
        if (await userManager.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new ApplicationUser
        {
            UserName = userName,
            DisplayName = displayName,
            DistrictCode = district,
            EnterpriseId = enterpriseId,
            CreatedAt = timeProvider.GetUtcNow(),
            LockoutEnabled = true,
        };
        var result = await userManager.CreateAsync(user, options.Value.Password);
        if (!result.Succeeded)
        {
            DemoLog.DemoAccountFailed(logger, userName, string.Join("; ", result.Errors.Select(e => e.Code)));
            return;
        }

        await userManager.AddToRoleAsync(user, role);
        DemoLog.SeededDemoAccount(logger, userName);
    }

    private static string WithCheckCharacter(string first17) =>
        first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
}
