namespace TrainingSubsidy.Web.Features.Learning;

/// <summary>Addresses of the training-delivery pages and downloads of a plan.</summary>
public static class LearningPaths
{
    public static string Template(int planId) => $"/downloads/training-plans/{planId}/learning-record-template.xlsx";

    public static string SummaryExport(int planId) => $"/downloads/training-plans/{planId}/learning-summary.xlsx";

    public static string EnterpriseLearning(int planId) => $"/online-training/plans/{planId}/learning";

    public static string EnterpriseEvidence(int planId) => $"/online-training/plans/{planId}/evidence";

    public static string ReviewLearning(int planId) => $"/review/plans/{planId}/learning";

    public static string ReviewEvidence(int planId) => $"/review/plans/{planId}/evidence";
}
