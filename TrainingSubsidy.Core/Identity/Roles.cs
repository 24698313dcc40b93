namespace TrainingSubsidy.Core.Identity;

/// <summary>The four roles of the system; each user has exactly one.</summary>
public static class Roles
{
    public const string EnterpriseUser = nameof(EnterpriseUser);
    public const string DistrictReviewer = nameof(DistrictReviewer);
    public const string DistrictFinance = nameof(DistrictFinance);
    public const string CityAdmin = nameof(CityAdmin);

    /// <summary>Both district roles, for pages that district reviewers and finance staff share.</summary>
    public const string DistrictStaff = DistrictReviewer + "," + DistrictFinance;

    public static readonly IReadOnlyList<string> All = [EnterpriseUser, DistrictReviewer, DistrictFinance, CityAdmin];

    public static string DisplayName(string role) => role switch
    {
        EnterpriseUser => "企业经办人",
        DistrictReviewer => "区人社审核人员",
        DistrictFinance => "区财务拨付人员",
        CityAdmin => "市人社局管理员",
        _ => role,
    };
}
