using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.OnlineTraining;

/// <summary>
/// Checks the occupation, platform and contact steps. The guided form runs these for immediate messages, the
/// draft service runs them before saving, and <see cref="PlanSubmitValidator"/> runs them again at submission.
/// Field keys are the form property names.
/// </summary>
public static class PlanStepValidator
{
    public const int MinRelevanceLength = 10;
    public const int MaxRelevanceLength = 1000;

    /// <summary>
    /// Validates step 1. <paramref name="occupation"/> is the catalogue entry for the entered code, or null when
    /// there is none. A start before <paramref name="today"/> is a warning here and an error at submission.
    /// </summary>
    public static void ValidateOccupation(
        OccupationStepForm form,
        Occupation? occupation,
        DateOnly today,
        ValidationErrors errors,
        List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(form.OccupationCode))
        {
            errors.Add(nameof(form.OccupationCode), "请从职业目录中选择培训职业（可输入职业名称或编码查找）。");
        }
        else if (occupation is null)
        {
            errors.Add(nameof(form.OccupationCode), $"职业编码“{form.OccupationCode}”不在职业目录中，请从下拉列表中选择。");
        }
        else if (!occupation.IsSkillType || occupation.IsRetired)
        {
            errors.Add(nameof(form.OccupationCode),
                $"职业“{occupation.Code} {occupation.Name}”不是在用的技能类职业，不能申请线上职业技能培训补贴；请选择技能类职业。");
        }

        var relevance = TextNormalizer.NormalizeText(form.BusinessRelevance);
        if (relevance.Length is < MinRelevanceLength or > MaxRelevanceLength)
        {
            errors.Add(nameof(form.BusinessRelevance),
                $"请用{MinRelevanceLength}至{MaxRelevanceLength}个字说明培训内容与企业主营业务的关系（现为{relevance.Length}个字）。");
        }

        if (form.TrainingStart is null)
        {
            errors.Add(nameof(form.TrainingStart), "请填写培训开始日期。");
        }
        else if (form.TrainingStart < today)
        {
            warnings.Add(
                $"培训开始日期{form.TrainingStart:yyyy-MM-dd}早于今天（{today:yyyy-MM-dd}）。培训申请须在培训开始前提交，提交前请把开始日期改为今天或以后。");
        }

        if (form.TrainingEnd is null)
        {
            errors.Add(nameof(form.TrainingEnd), "请填写培训结束日期。");
        }
        else if (form.TrainingStart is not null && form.TrainingEnd < form.TrainingStart)
        {
            errors.Add(nameof(form.TrainingEnd),
                $"培训结束日期{form.TrainingEnd:yyyy-MM-dd}早于开始日期{form.TrainingStart:yyyy-MM-dd}，请改为开始日期当天或以后。");
        }
    }

    /// <summary>Adds the submission-only rule: training may not start before the day of submission.</summary>
    public static void ValidateStartNotPast(DateOnly? trainingStart, DateOnly today, ValidationErrors errors)
    {
        if (trainingStart is not null && trainingStart < today)
        {
            errors.Add(nameof(OccupationStepForm.TrainingStart),
                $"培训开始日期{trainingStart:yyyy-MM-dd}早于提交日（{today:yyyy-MM-dd}）。培训申请须在培训开始前提交，请在第1步把开始日期改为今天或以后。");
        }
    }

    /// <summary>Validates step 2; a required password may be new or already saved.</summary>
    public static void ValidatePlatform(PlatformStepForm form, ValidationErrors errors)
    {
        if (form.Kind is null)
        {
            errors.Add(nameof(form.Kind), "请选择培训平台类型。");
        }

        var name = TextNormalizer.NormalizeText(form.Name);
        if (name.Length is < 2 or > 200)
        {
            errors.Add(nameof(form.Name), $"平台名称“{form.Name}”应为2至200个字。");
        }

        if (!TryNormalizeUrl(form.Url, out _))
        {
            errors.Add(nameof(form.Url),
                $"平台网址“{form.Url}”无效：请填写以http://或https://开头的完整网址，如https://www.example.com/course。");
        }

        if (!form.RequiresLogin)
        {
            return;
        }

        var account = TextNormalizer.NormalizeText(form.Account);
        if (account.Length is 0 or > 200)
        {
            errors.Add(nameof(form.Account), "平台需要登录时，请填写供审核人员登录查看的账号（不超过200个字符）。");
        }

        if (string.IsNullOrEmpty(form.NewPassword) && !form.HasSavedPassword)
        {
            errors.Add(nameof(form.NewPassword), "平台需要登录时，请填写该账号的登录密码。");
        }
        else if (form.NewPassword is { Length: > 200 })
        {
            errors.Add(nameof(form.NewPassword), "登录密码不能超过200个字符。");
        }
    }

    /// <summary>Accepts only an absolute http or https URL with a host; returns it trimmed.</summary>
    public static bool TryNormalizeUrl(string? input, out string url)
    {
        url = TextNormalizer.NormalizeText(input);
        return url.Length <= 500
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
    }

    /// <summary>Validates step 5.</summary>
    public static void ValidateContact(ContactStepForm form, ValidationErrors errors)
    {
        var person = TextNormalizer.NormalizeText(form.ContactPerson);
        if (person.Length is < 2 or > 50)
        {
            errors.Add(nameof(form.ContactPerson), $"联系人姓名“{form.ContactPerson}”应为2至50个字。");
        }

        if (!PhoneNumber.TryParse(form.ContactPhone, out _, out var phoneError))
        {
            errors.Add(nameof(form.ContactPhone), phoneError);
        }
    }
}
