using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;

namespace TrainingSubsidy.Core.Demo;

/// <summary>A demo enterprise with its district's demo accounts, the occupation it trains and the seed of its people.</summary>
internal sealed record EnterpriseStory(
    Enterprise Enterprise,
    ApplicationUser EnterpriseUser,
    ApplicationUser Reviewer,
    ApplicationUser Finance,
    (string Code, string Name) Occupation,
    int Seed);
