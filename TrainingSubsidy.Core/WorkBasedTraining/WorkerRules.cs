using System.Globalization;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.WorkBasedTraining;

/// <summary>One claimed month as typed: the month as yyyy-MM and the wage paid for it in yuan.</summary>
public sealed record WorkerMonthInput(string? Month, decimal? WageYuan);

/// <summary>A worker as typed in the form or read from one template row, before validation.</summary>
public sealed record WorkerInput(
    string? Name,
    string? IdNumber,
    string? GenderText,
    string? Phone,
    string? KindText,
    DateOnly? StartDate,
    string? Post,
    IReadOnlyList<WorkerMonthInput> Months);

/// <summary>
/// Validates a worker of a work-in-lieu-of-training application. The form, the template import and the submission
/// use the same rules, so the server checks again whatever the page checked.
/// </summary>
public static class WorkerRules
{
    /// <summary>Minimum age on the hire or transfer date; a younger worker is a warning for the reviewer.</summary>
    public const int MinimumAge = 16;

    /// <summary>
    /// Checks every field and returns the worker, or null with Chinese messages naming the field, the value and the
    /// fix. A claimed month must not be before the hire or transfer month.
    /// </summary>
    /// <remarks>
    /// NOTE: a month counts as inside the epidemic period when any of its days is, so January 2020 qualifies
    /// although the period starts on the 24th. Whether partial months qualify is not settled by the 2020 notice.
    /// </remarks>
    public static WorkBasedWorker? Validate(WorkerInput input, PolicyParameters policy, DateOnly today,
        out List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(policy);
        errors = [];

        var name = TextNormalizer.NormalizeText(input.Name);
        if (name.Length is < 2 or > 50)
        {
            errors.Add($"姓名“{name}”无效：请填写2至50个字的姓名。");
        }

        ResidentIdNumber? id = null;
        if (ResidentIdNumber.TryParse(input.IdNumber, today, out var parsedId, out var idError))
        {
            id = parsedId;
        }
        else
        {
            errors.Add(idError);
        }

        var gender = ParseGender(input.GenderText);
        if (gender is null)
        {
            errors.Add($"性别“{input.GenderText}”无效：请填写“男”或“女”。");
        }
        else if (id is { } knownId && knownId.Gender != gender)
        {
            errors.Add($"性别“{input.GenderText}”与身份证号第17位不一致（该号码为{GenderText(knownId.Gender)}性），"
                + "请核对性别或身份证号。");
        }

        if (!PhoneNumber.TryParseMobile(input.Phone, out var phone, out var phoneError))
        {
            errors.Add(phoneError);
        }

        var kind = WorkBasedEnumText.ParseWorkerKind(input.KindText);
        if (kind is null)
        {
            errors.Add($"类型“{input.KindText}”无效：请填写“新入职”或“转岗”。");
        }

        if (input.StartDate is not { } startDate)
        {
            errors.Add("请填写入职或转岗日期，如2020-02-10。");
        }
        else if (startDate > today)
        {
            errors.Add($"入职或转岗日期{startDate:yyyy-MM-dd}晚于今天，请核对。");
        }

        var post = TextNormalizer.NormalizeText(input.Post);
        if (post.Length is < 2 or > 100)
        {
            errors.Add($"技能岗位“{post}”无效：请填写2至100个字的岗位名称，如“口罩生产线操作工”。");
        }

        var months = ValidateMonths(input.Months, input.StartDate, policy, today, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        return new WorkBasedWorker(name, id!.Value.Value, gender!.Value, phone.Value, kind!.Value,
            input.StartDate!.Value, post, months);
    }

    /// <summary>Returns warnings for the reviewer: a worker under 16 on the start date, a wage below the minimum.</summary>
    public static IReadOnlyList<string> Warnings(WorkBasedWorker worker, PolicyParameters policy)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(policy);
        var warnings = new List<string>();
        // The stored ID number was validated when the worker was added, so only the birth date matters here.
        var id = ResidentIdNumber.Parse(worker.IdNumber, DateOnly.MaxValue);
        var age = id.AgeOn(worker.StartDate);
        if (age < MinimumAge)
        {
            warnings.Add($"{worker.Name}在入职或转岗日期{worker.StartDate:yyyy-MM-dd}时仅{age}周岁，不满{MinimumAge}周岁。");
        }

        foreach (var month in worker.Months.Where(month => month.Wage < policy.MinimumMonthlyWage))
        {
            warnings.Add($"{worker.Name}{month.Month}工资{month.Wage}元低于最低工资标准{policy.MinimumMonthlyWage}元。");
        }

        return warnings;
    }

    /// <summary>Parses yyyy-MM (also yyyy-M, yyyy/M and yyyy.M) and returns the first day of that month.</summary>
    public static DateOnly? ParseMonth(string? text)
    {
        var value = TextNormalizer.NormalizeText(text).Replace('/', '-').Replace('.', '-');
        string[] formats = ["yyyy-MM", "yyyy-M"];
        return DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var month)
            ? month
            : null;
    }

    public static string FormatMonth(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static Gender? ParseGender(string? text) => TextNormalizer.NormalizeText(text) switch
    {
        "男" => Gender.Male,
        "女" => Gender.Female,
        _ => null,
    };

    public static string GenderText(Gender gender) => gender == Gender.Male ? "男" : "女";

    private static List<WorkerMonth> ValidateMonths(IReadOnlyList<WorkerMonthInput> inputs, DateOnly? startDate,
        PolicyParameters policy, DateOnly today, List<string> errors)
    {
        var filled = inputs.Where(input => !string.IsNullOrWhiteSpace(input.Month) || input.WageYuan is not null)
            .ToList();
        var months = new List<WorkerMonth>();
        if (filled.Count is 0 or > WorkerMonthSlot.MaxSlot)
        {
            errors.Add($"申请月份有{filled.Count}个：每名职工须填写1至{WorkerMonthSlot.MaxSlot}个月。");
            return months;
        }

        var periodEnd = policy.EpidemicEnd ?? today;
        var period = $"{policy.EpidemicStart:yyyy-MM-dd}至{(policy.EpidemicEnd is { } end ? end.ToString("yyyy-MM-dd",
            CultureInfo.InvariantCulture) : "今天（疫情结束日期尚未公布）")}";
        foreach (var input in filled)
        {
            if (ParseMonth(input.Month) is not { } month)
            {
                errors.Add($"申请月份“{input.Month}”无效：请按“年-月”填写，如2020-03。");
                continue;
            }

            var label = FormatMonth(month);
            if (month.AddMonths(1).AddDays(-1) < policy.EpidemicStart || month > periodEnd)
            {
                errors.Add($"申请月份{label}不在疫情防控期间（{period}）内，请删除或改为期间内的月份。");
            }

            if (startDate is { } start && month < new DateOnly(start.Year, start.Month, 1))
            {
                errors.Add($"申请月份{label}早于入职或转岗月份{start:yyyy-MM}，只能申请入职或转岗当月及以后的月份。");
            }

            if (input.WageYuan is not { } wage || wage <= 0 || wage != decimal.Round(wage, 2))
            {
                errors.Add($"{label}的工资“{input.WageYuan}”无效：请填写大于0的金额（元，最多两位小数）。");
            }
            else if (months.Any(existing => existing.Month == label))
            {
                errors.Add($"申请月份{label}重复填写，每个月只能申请一次。");
            }
            else
            {
                months.Add(new WorkerMonth(label, Money.FromYuan(wage)));
            }
        }

        return months;
    }
}
