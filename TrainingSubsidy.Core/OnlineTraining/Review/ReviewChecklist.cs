using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using TrainingSubsidy.Core.Common;

namespace TrainingSubsidy.Core.OnlineTraining.Review;

/// <summary>
/// The reviewer's findings on the policy's review points for a plan, stored as JSON with the decision.
/// </summary>
public sealed record ReviewChecklist
{
    public const int MaxPlatformCheckMethodLength = 500;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // Keeps Chinese text readable in the column instead of \uXXXX escapes, which would also triple its length.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The occupation is skill-type (技能类) and the content fits the enterprise's main business.</summary>
    public bool OccupationFits { get; init; }

    /// <summary>General literacy courses take no more than the policy's share of the class hours.</summary>
    public bool LiteracyWithinCap { get; init; }

    /// <summary>The reviewer has checked that the platform is real and usable.</summary>
    public bool PlatformVerified { get; init; }

    /// <summary>How the reviewer checked the platform, e.g. signed in with the given account; required when verified.</summary>
    public string? PlatformCheckMethod { get; init; }

    /// <summary>The trainees are insured frontline employees (一线参保职工) of the enterprise, dispatch staff included.</summary>
    public bool TraineesEligible { get; init; }

    [JsonIgnore]
    public bool IsComplete => OccupationFits && LiteracyWithinCap && PlatformVerified && TraineesEligible;

    /// <summary>Checks the findings for a decision: each point must be confirmed before an approval.</summary>
    public ValidationErrors Validate(PlanReviewAction action)
    {
        var errors = new ValidationErrors();
        var method = ReviewText.Clean(PlatformCheckMethod);
        if (PlatformVerified && method.Length == 0)
        {
            errors.Add(nameof(PlatformCheckMethod), "勾选“培训平台真实可用”时，请填写核验方式，例如使用企业提供的账号登录平台查看课程。");
        }

        if (method.Length > MaxPlatformCheckMethodLength)
        {
            errors.Add(nameof(PlatformCheckMethod), $"核验方式最多{MaxPlatformCheckMethodLength}字，当前{method.Length}字。");
        }

        if (action == PlanReviewAction.Approved && !IsComplete)
        {
            errors.Add(nameof(IsComplete), "审核通过前，请逐项确认全部审核要点；有不符合的要点时，请退回修改或审核不通过。");
        }

        return errors;
    }

    public string ToJson() =>
        JsonSerializer.Serialize(
            this with { PlatformCheckMethod = NullIfBlank(ReviewText.Clean(PlatformCheckMethod)) },
            JsonOptions);

    /// <summary>Reads a stored checklist; returns null for an empty or unreadable value.</summary>
    public static ReviewChecklist? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReviewChecklist>(json, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NullIfBlank(string value) => value.Length == 0 ? null : value;
}
