using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.OnlineTraining;

namespace TrainingSubsidy.Core.Claims;

internal sealed class ClaimConfiguration :
    IEntityTypeConfiguration<SubsidyClaim>,
    IEntityTypeConfiguration<ClaimTrainee>
{
    /// <summary>Name of the index that allows one payable online-training subsidy per ID number.</summary>
    public const string OncePerPersonIndex = "IX_ClaimTrainees_IdNumber_Payable";

    public void Configure(EntityTypeBuilder<SubsidyClaim> builder)
    {
        builder.HasIndex(claim => claim.ClaimNumber).IsUnique();
        builder.HasIndex(claim => new { claim.DistrictCode, claim.Status });
        builder.HasIndex(claim => claim.TrainingPlanId);
        builder.HasIndex(claim => claim.EnterpriseId);
        builder.Property(claim => claim.ClaimNumber).HasMaxLength(40);
        builder.Property(claim => claim.DistrictCode).HasMaxLength(6);
        builder.Property(claim => claim.BankName).HasMaxLength(100);
        builder.Property(claim => claim.BankAccountName).HasMaxLength(100);
        builder.Property(claim => claim.BankAccountNumber).HasMaxLength(40);
        builder.Property(claim => claim.SubmittedByUserId).HasMaxLength(450);
        builder.Property(claim => claim.ReviewerUserId).HasMaxLength(450);
        builder.Property(claim => claim.ReviewerName).HasMaxLength(256);
        builder.Property(claim => claim.DecisionReason).HasMaxLength(2000);
        builder.HasOne<TrainingPlan>().WithMany().HasForeignKey(claim => claim.TrainingPlanId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(claim => claim.EnterpriseId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(claim => claim.Trainees).WithOne().HasForeignKey(trainee => trainee.SubsidyClaimId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(claim => claim.Trainees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(claim => claim.PayableCount);
        builder.Ignore(claim => claim.PayableAmount);
    }

    public void Configure(EntityTypeBuilder<ClaimTrainee> builder)
    {
        builder.HasIndex(trainee => trainee.IdNumber)
            .IsUnique()
            .HasFilter("\"IsPayable\" = 1")
            .HasDatabaseName(OncePerPersonIndex);
        builder.HasIndex(trainee => trainee.TraineeId);
        builder.Property(trainee => trainee.Name).HasMaxLength(50);
        builder.Property(trainee => trainee.IdNumber).HasMaxLength(18);
        builder.Property(trainee => trainee.Phone).HasMaxLength(20);
        builder.Property(trainee => trainee.Post).HasMaxLength(50);
        builder.Property(trainee => trainee.CompletedHours).HasPrecision(7, 2);
        builder.Property(trainee => trainee.RequiredHours).HasPrecision(7, 2);
        builder.Property(trainee => trainee.IneligibleReason).HasMaxLength(500);
        builder.Property(trainee => trainee.ExclusionReason).HasMaxLength(500);
    }
}
