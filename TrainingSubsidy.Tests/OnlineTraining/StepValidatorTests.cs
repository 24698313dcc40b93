using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class StepValidatorTests
{
    private static readonly DateOnly Today = new(2020, 3, 2);

    private static readonly Occupation Welder = new("6-18-02-04", "焊工", 6, "机械热加工人员", isSkillType: true);

    private static OccupationStepForm ValidOccupationForm() => new()
    {
        OccupationCode = Welder.Code,
        BusinessRelevance = "企业主营焊接结构件生产，焊工是一线主要岗位。",
        TrainingStart = new DateOnly(2020, 3, 5),
        TrainingEnd = new DateOnly(2020, 3, 31),
    };

    private static (ValidationErrors Errors, List<string> Warnings) CheckOccupation(
        OccupationStepForm form,
        Occupation? occupation)
    {
        var errors = new ValidationErrors();
        var warnings = new List<string>();
        PlanStepValidator.ValidateOccupation(form, occupation, Today, errors, warnings);
        return (errors, warnings);
    }

    [Fact]
    public void OccupationStepAcceptsValidForm()
    {
        var (errors, warnings) = CheckOccupation(ValidOccupationForm(), Welder);

        Assert.True(errors.IsValid);
        Assert.Empty(warnings);
    }

    [Fact]
    public void OccupationMustBeSkillType()
    {
        var engineer = new Occupation("2-02-01-01", "地质实验测试工程技术人员", 2, null, isSkillType: false);
        var form = ValidOccupationForm();
        form.OccupationCode = engineer.Code;

        var (errors, _) = CheckOccupation(form, engineer);

        Assert.Contains(errors.For(nameof(form.OccupationCode)), m => m.Contains("技能类职业", StringComparison.Ordinal));
    }

    [Fact]
    public void RetiredOccupationIsRejected()
    {
        var retired = new Occupation("6-18-02-04", "焊工", 6, null, isSkillType: true);
        retired.Retire();

        var (errors, _) = CheckOccupation(ValidOccupationForm(), retired);

        Assert.NotEmpty(errors.For(nameof(OccupationStepForm.OccupationCode)));
    }

    [Fact]
    public void UnknownOccupationIsRejected()
    {
        var (errors, _) = CheckOccupation(ValidOccupationForm(), null);

        Assert.NotEmpty(errors.For(nameof(OccupationStepForm.OccupationCode)));
    }

    [Fact]
    public void EndBeforeStartIsRejected()
    {
        var form = ValidOccupationForm();
        form.TrainingEnd = new DateOnly(2020, 3, 4);

        var (errors, _) = CheckOccupation(form, Welder);

        Assert.Contains(errors.For(nameof(form.TrainingEnd)), m => m.Contains("2020-03-04", StringComparison.Ordinal));
    }

    [Fact]
    public void EndOnStartDayIsAccepted()
    {
        var form = ValidOccupationForm();
        form.TrainingEnd = form.TrainingStart;

        var (errors, _) = CheckOccupation(form, Welder);

        Assert.True(errors.IsValid);
    }

    [Fact]
    public void PastStartWarnsOnSave()
    {
        var form = ValidOccupationForm();
        form.TrainingStart = new DateOnly(2020, 3, 1);

        var (errors, warnings) = CheckOccupation(form, Welder);

        Assert.True(errors.IsValid);
        Assert.Single(warnings);
    }

    [Fact]
    public void PastStartFailsAtSubmission()
    {
        var errors = new ValidationErrors();

        PlanStepValidator.ValidateStartNotPast(new DateOnly(2020, 3, 1), Today, errors);
        PlanStepValidator.ValidateStartNotPast(Today, Today, errors);

        Assert.Single(errors.All);
    }

    [Fact]
    public void ShortRelevanceIsRejected()
    {
        var form = ValidOccupationForm();
        form.BusinessRelevance = "相关";

        var (errors, _) = CheckOccupation(form, Welder);

        Assert.NotEmpty(errors.For(nameof(form.BusinessRelevance)));
    }

    [Theory]
    [InlineData("https://learn.example.com/a", true)]
    [InlineData("http://10.1.2.3:8080/", true)]
    [InlineData("ftp://learn.example.com", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("learn.example.com", false)]
    [InlineData("/courses", false)]
    [InlineData("", false)]
    public void PlatformUrlMustBeAbsoluteHttp(string url, bool valid)
    {
        Assert.Equal(valid, PlanStepValidator.TryNormalizeUrl(url, out _));
    }

    [Fact]
    public void PlatformLoginNeedsAccountAndPassword()
    {
        var form = new PlatformStepForm
        {
            Kind = PlatformKind.OwnPlatform,
            Name = "企业学习平台",
            Url = "https://learn.example.com",
            RequiresLogin = true,
        };
        var errors = new ValidationErrors();

        PlanStepValidator.ValidatePlatform(form, errors);

        Assert.NotEmpty(errors.For(nameof(form.Account)));
        Assert.NotEmpty(errors.For(nameof(form.NewPassword)));
    }

    [Fact]
    public void SavedPasswordSatisfiesLogin()
    {
        var form = new PlatformStepForm
        {
            Kind = PlatformKind.OwnPlatform,
            Name = "企业学习平台",
            Url = "https://learn.example.com",
            RequiresLogin = true,
            Account = "reviewer",
            HasSavedPassword = true,
        };
        var errors = new ValidationErrors();

        PlanStepValidator.ValidatePlatform(form, errors);

        Assert.True(errors.IsValid);
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("022-23456789", true)]
    [InlineData("12812345678", false)]
    [InlineData("010-12345678", false)]
    public void ContactPhoneMustBeMobileOrLandline(string phone, bool valid)
    {
        var errors = new ValidationErrors();

        PlanStepValidator.ValidateContact(new ContactStepForm { ContactPerson = "刘建华", ContactPhone = phone }, errors);

        Assert.Equal(valid, errors.IsValid);
    }
}
