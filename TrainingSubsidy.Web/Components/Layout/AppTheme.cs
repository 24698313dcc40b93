using MudBlazor;
namespace TrainingSubsidy.Web.Components.Layout;

internal static class AppTheme
{
    /// <summary>Uses fonts installed on the user's machine; the intranet has no access to web fonts.</summary>
    public static readonly MudTheme Theme = new()
    {
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"],
            },
        },
    };
}
