namespace TrainingSubsidy.Core.OnlineTraining;

public enum PlatformKind
{
    /// <summary>线上公共职业技能培训平台</summary>
    PublicPlatform = 1,

    /// <summary>企业自有线上培训平台</summary>
    OwnPlatform = 2,

    /// <summary>第三方互联网培训课程服务商</summary>
    ThirdPartyProvider = 3,
}

public enum CourseCategory
{
    /// <summary>职业技能</summary>
    OccupationalSkill = 1,

    /// <summary>通用职业素养 (craftsmanship, safety and the like); capped at a share of total hours.</summary>
    GeneralLiteracy = 2,
}

public enum CourseDelivery
{
    /// <summary>直播</summary>
    Live = 1,

    /// <summary>录播</summary>
    Recorded = 2,

    /// <summary>线上互动</summary>
    Interactive = 3,
}

public enum EmploymentType
{
    /// <summary>正式</summary>
    Formal = 1,

    /// <summary>劳务派遣; declared by the enterprise that uses the worker.</summary>
    Dispatched = 2,
}

public enum PlanReviewAction
{
    Submitted = 1,
    Approved = 2,
    Returned = 3,
    Rejected = 4,
}

public static class PlanEnumNames
{
    public static string ToChinese(this PlatformKind kind) => kind switch
    {
        PlatformKind.PublicPlatform => "线上公共职业技能培训平台",
        PlatformKind.OwnPlatform => "企业自有线上培训平台",
        PlatformKind.ThirdPartyProvider => "第三方培训课程服务商",
        _ => kind.ToString(),
    };

    public static string ToChinese(this CourseCategory category) => category switch
    {
        CourseCategory.OccupationalSkill => "职业技能",
        CourseCategory.GeneralLiteracy => "通用职业素养",
        _ => category.ToString(),
    };

    public static string ToChinese(this CourseDelivery delivery) => delivery switch
    {
        CourseDelivery.Live => "直播",
        CourseDelivery.Recorded => "录播",
        CourseDelivery.Interactive => "线上互动",
        _ => delivery.ToString(),
    };

    public static string ToChinese(this EmploymentType type) => type switch
    {
        EmploymentType.Formal => "正式",
        EmploymentType.Dispatched => "劳务派遣",
        _ => type.ToString(),
    };

    public static string ToChinese(this PlanReviewAction action) => action switch
    {
        PlanReviewAction.Submitted => "提交审核",
        PlanReviewAction.Approved => "审核通过",
        PlanReviewAction.Returned => "退回修改",
        PlanReviewAction.Rejected => "审核不通过",
        _ => action.ToString(),
    };
}
