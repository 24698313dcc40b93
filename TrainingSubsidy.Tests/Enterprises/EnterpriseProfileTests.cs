using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using static TrainingSubsidy.Tests.Support.PlanTestContext;

namespace TrainingSubsidy.Tests.Enterprises;

public sealed class EnterpriseProfileTests
{
    private static readonly DateOnly Today = new(2020, 3, 2);
    private static readonly string[] Districts = [BinhaiDistrict, HepingDistrict];

    private static EnterpriseProfileForm ValidForm() => new()
    {
        Name = "天津滨海焊接科技有限公司",
        DistrictCode = BinhaiDistrict,
        Address = "天津市滨海新区第三大街10号",
        LegalRepresentative = "刘建华",
        LegalRepresentativeIdNumber = MakeIdNumber(new DateOnly(1970, 5, 1)),
        ContactPerson = "刘建华",
        ContactPhone = "13812345678",
        BankName = "中国工商银行天津滨海分行",
        BankAccountName = "天津滨海焊接科技有限公司",
        BankAccountNumber = "0302 0001-1920 0012 345",
    };

    private static (ValidEnterpriseProfile? Profile, ValidationErrors Errors) Check(EnterpriseProfileForm form)
    {
        var errors = new ValidationErrors();
        var profile = EnterpriseProfileValidator.Validate(form, Districts, Today, errors);
        return (profile, errors);
    }

    [Fact]
    public void ValidProfileNormalisesAccountNumber()
    {
        var (profile, errors) = Check(ValidForm());

        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        Assert.Equal("0302000119200012345", profile!.BankAccountNumber);
    }

    [Fact]
    public void FullWidthAccountDigitsAreNormalised()
    {
        var form = ValidForm();
        form.BankAccountNumber = "０３０２０００１１９２０";

        var (profile, _) = Check(form);

        Assert.Equal("030200011920", profile!.BankAccountNumber);
    }

    [Fact]
    public void AccountNameMismatchIsRejected()
    {
        var form = ValidForm();
        form.BankAccountName = "天津滨海焊接科技公司";

        var (profile, errors) = Check(form);

        Assert.Null(profile);
        Assert.Contains(errors.For(nameof(form.BankAccountName)),
            m => m.Contains("天津滨海焊接科技公司", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("6222 0212 34A5 678")]
    [InlineData("6222.0212.3456")]
    public void NonDigitAccountIsRejected(string account)
    {
        var form = ValidForm();
        form.BankAccountNumber = account;

        var (_, errors) = Check(form);

        Assert.Contains(errors.For(nameof(form.BankAccountNumber)), m => m.Contains("只能包含数字", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("1234567890123456789012345678901")]
    public void AccountLengthOutsideRangeIsRejected(string account)
    {
        var form = ValidForm();
        form.BankAccountNumber = account;

        var (_, errors) = Check(form);

        Assert.NotEmpty(errors.For(nameof(form.BankAccountNumber)));
    }

    [Fact]
    public void InvalidLegalRepresentativeIdIsRejected()
    {
        var form = ValidForm();
        form.LegalRepresentativeIdNumber = "120101197005011231";

        var (_, errors) = Check(form);

        Assert.NotEmpty(errors.For(nameof(form.LegalRepresentativeIdNumber)));
    }

    [Fact]
    public void PartialBankAccountIsRejected()
    {
        var form = ValidForm();
        form.BankName = null;

        var (_, errors) = Check(form);

        Assert.NotEmpty(errors.For(nameof(form.BankName)));
    }

    [Fact]
    public void EmptyBankAccountIsAllowed()
    {
        var form = ValidForm();
        form.BankName = form.BankAccountName = form.BankAccountNumber = null;

        var (profile, errors) = Check(form);

        Assert.True(errors.IsValid);
        Assert.Null(profile!.BankAccountNumber);
    }

    [Fact]
    public async Task SaveUpdatesOwnEnterpriseAndKeepsCreditCode()
    {
        await using var context = await CreateAsync();
        var form = await context.Profiles.GetFormAsync(context.BinhaiUser);
        form.Address = "天津市滨海新区第五大街8号";
        form.BankName = "中国银行天津分行";
        form.BankAccountName = form.Name;
        form.BankAccountNumber = "1234-5678-9012";

        var result = await context.Profiles.SaveAsync(context.BinhaiUser, form);
        var view = await context.Profiles.GetAsync(context.BinhaiUser, context.Binhai.Id);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.All));
        Assert.Equal("天津市滨海新区第五大街8号", view.Address);
        Assert.Equal("123456789012", view.BankAccountNumberShown);
        Assert.Equal(context.Binhai.CreditCode, view.CreditCode);
    }

    [Fact]
    public async Task StaleProfileSaveGetsConflict()
    {
        await using var context = await CreateAsync();
        var first = await context.Profiles.GetFormAsync(context.BinhaiUser);
        var second = await context.Profiles.GetFormAsync(context.BinhaiUser);
        first.Address = "天津市滨海新区第五大街8号";
        second.Address = "天津市滨海新区第六大街9号";

        var saved = await context.Profiles.SaveAsync(context.BinhaiUser, first);
        var stale = await context.Profiles.SaveAsync(context.BinhaiUser, second);
        var view = await context.Profiles.GetAsync(context.BinhaiUser, context.Binhai.Id);

        Assert.True(saved.Succeeded);
        Assert.NotNull(stale.ConflictMessage);
        Assert.Equal("天津市滨海新区第五大街8号", view.Address);
    }

    [Fact]
    public async Task AccountIsMaskedForDistrictStaff()
    {
        await using var context = await CreateAsync();
        var form = await context.Profiles.GetFormAsync(context.BinhaiUser);
        form.BankName = "中国银行天津分行";
        form.BankAccountName = form.Name;
        form.BankAccountNumber = "123456789012";
        Assert.True((await context.Profiles.SaveAsync(context.BinhaiUser, form)).Succeeded);

        var view = await context.Profiles.GetAsync(District(Roles.DistrictReviewer, BinhaiDistrict), context.Binhai.Id);

        Assert.Equal("********9012", view.BankAccountNumberShown);
    }

    [Fact]
    public async Task OtherEnterpriseProfileIsDenied()
    {
        await using var context = await CreateAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Profiles.GetAsync(context.HepingUser, context.Binhai.Id));
    }
}
