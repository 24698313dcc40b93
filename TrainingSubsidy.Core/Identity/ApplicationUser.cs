using Microsoft.AspNetCore.Identity;

namespace TrainingSubsidy.Core.Identity;

/// <summary>
/// A signed-in person. Enterprise users carry <see cref="EnterpriseId"/>; district staff carry
/// <see cref="DistrictCode"/>; the city administrator carries neither.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public int? EnterpriseId { get; set; }

    public string? DistrictCode { get; set; }

    /// <summary>A disabled user cannot sign in, and an open session stops at its next check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
