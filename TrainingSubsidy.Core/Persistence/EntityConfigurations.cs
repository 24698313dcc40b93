using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Persistence;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(district => district.Code);
        builder.Property(district => district.Code).HasMaxLength(6);
        builder.Property(district => district.Name).HasMaxLength(20);
    }
}

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.HasKey(occupation => occupation.Code);
        builder.Property(occupation => occupation.Code).HasMaxLength(16);
        builder.Property(occupation => occupation.Name).HasMaxLength(100);
        builder.Property(occupation => occupation.MinorGroupName).HasMaxLength(100);
        builder.HasIndex(occupation => occupation.Name);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(day => day.Date);
        builder.Property(day => day.Name).HasMaxLength(50);
        builder.Ignore(day => day.IsWorkingDay);
    }
}

internal sealed class PolicyParametersConfiguration : IEntityTypeConfiguration<PolicyParameters>
{
    public void Configure(EntityTypeBuilder<PolicyParameters> builder)
    {
        builder.HasIndex(parameters => parameters.VersionNumber).IsUnique();
        builder.HasIndex(parameters => parameters.EffectiveFrom);
        builder.Property(parameters => parameters.CreatedBy).HasMaxLength(256);
        builder.Property(parameters => parameters.Note).HasMaxLength(500);
        builder.Property(parameters => parameters.GeneralLiteracyMaxShare).HasPrecision(5, 4);
        builder.Property(parameters => parameters.CompletionShareRequired).HasPrecision(5, 4);
        builder.Property(parameters => parameters.SpotCheckSampleRate).HasPrecision(5, 4);
        builder.Property(parameters => parameters.MaxDailyLearningHours).HasPrecision(6, 2);
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.HasIndex(enterprise => enterprise.CreditCode).IsUnique();
        builder.HasIndex(enterprise => enterprise.DistrictCode);
        builder.Property(enterprise => enterprise.Name).HasMaxLength(200);
        builder.Property(enterprise => enterprise.CreditCode).HasMaxLength(18);
        builder.Property(enterprise => enterprise.DistrictCode).HasMaxLength(6);
        builder.Property(enterprise => enterprise.Address).HasMaxLength(300);
        builder.Property(enterprise => enterprise.LegalRepresentative).HasMaxLength(50);
        builder.Property(enterprise => enterprise.LegalRepresentativeIdNumber).HasMaxLength(18);
        builder.Property(enterprise => enterprise.ContactPerson).HasMaxLength(50);
        builder.Property(enterprise => enterprise.ContactPhone).HasMaxLength(20);
        builder.Property(enterprise => enterprise.BankName).HasMaxLength(100);
        builder.Property(enterprise => enterprise.BankAccountName).HasMaxLength(200);
        builder.Property(enterprise => enterprise.BankAccountNumber).HasMaxLength(40);
        builder.HasOne<District>().WithMany().HasForeignKey(enterprise => enterprise.DistrictCode)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(user => user.DisplayName).HasMaxLength(100);
        builder.Property(user => user.DistrictCode).HasMaxLength(6);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(user => user.EnterpriseId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(user => user.DistrictCode)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingPlanConfiguration : IEntityTypeConfiguration<OnlineTraining.TrainingPlan>
{
    public void Configure(EntityTypeBuilder<OnlineTraining.TrainingPlan> builder)
    {
        builder.HasIndex(plan => plan.PlanNumber).IsUnique();
        builder.HasIndex(plan => new { plan.DistrictCode, plan.Status });
        builder.HasIndex(plan => plan.EnterpriseId);
        builder.Property(plan => plan.PlanNumber).HasMaxLength(30);
        builder.Property(plan => plan.DistrictCode).HasMaxLength(6);
        builder.Property(plan => plan.OccupationCode).HasMaxLength(16);
        builder.Property(plan => plan.OccupationName).HasMaxLength(100);
        builder.Property(plan => plan.BusinessRelevance).HasMaxLength(1000);
        builder.Property(plan => plan.PlatformName).HasMaxLength(200);
        builder.Property(plan => plan.PlatformUrl).HasMaxLength(500);
        builder.Property(plan => plan.PlatformAccount).HasMaxLength(200);
        builder.Property(plan => plan.PlatformPasswordProtected).HasMaxLength(2000);
        builder.Property(plan => plan.ContactPerson).HasMaxLength(50);
        builder.Property(plan => plan.ContactPhone).HasMaxLength(20);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(plan => plan.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(plan => plan.Courses).WithOne().HasForeignKey(course => course.TrainingPlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(plan => plan.Trainees).WithOne().HasForeignKey(trainee => trainee.TrainingPlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(plan => plan.Reviews).WithOne().HasForeignKey(review => review.TrainingPlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(plan => plan.Courses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(plan => plan.Trainees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(plan => plan.Reviews).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(plan => plan.TotalHours);
        builder.Ignore(plan => plan.LiteracyHours);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<OnlineTraining.Course>
{
    public void Configure(EntityTypeBuilder<OnlineTraining.Course> builder)
    {
        builder.Property(course => course.Name).HasMaxLength(200);
        builder.Property(course => course.Hours).HasPrecision(7, 1);
    }
}

internal sealed class TraineeConfiguration : IEntityTypeConfiguration<OnlineTraining.Trainee>
{
    public void Configure(EntityTypeBuilder<OnlineTraining.Trainee> builder)
    {
        builder.HasIndex(trainee => trainee.IdNumber);
        builder.HasIndex(trainee => new { trainee.TrainingPlanId, trainee.IdNumber }).IsUnique();
        builder.Property(trainee => trainee.Name).HasMaxLength(50);
        builder.Property(trainee => trainee.IdNumber).HasMaxLength(18);
        builder.Property(trainee => trainee.Post).HasMaxLength(100);
        builder.Property(trainee => trainee.Phone).HasMaxLength(20);
        builder.Ignore(trainee => trainee.MaskedIdNumber);
        builder.Ignore(trainee => trainee.MaskedName);
    }
}

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<OnlineTraining.PlanReview>
{
    public void Configure(EntityTypeBuilder<OnlineTraining.PlanReview> builder)
    {
        builder.Property(review => review.UserId).HasMaxLength(450);
        builder.Property(review => review.UserDisplayName).HasMaxLength(100);
        builder.Property(review => review.Reason).HasMaxLength(2000);
        builder.Property(review => review.Checklist).HasMaxLength(4000);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<Files.StoredFile>
{
    public void Configure(EntityTypeBuilder<Files.StoredFile> builder)
    {
        builder.HasIndex(file => file.StoredName).IsUnique();
        builder.HasIndex(file => new { file.EnterpriseId, file.Purpose });
        builder.HasIndex(file => file.TrainingPlanId);
        builder.HasIndex(file => file.WorkBasedApplicationId);
        builder.Property(file => file.ClaimMonth).HasMaxLength(7);
        builder.Property(file => file.StoredName).HasMaxLength(64);
        builder.Property(file => file.OriginalName).HasMaxLength(120);
        builder.Property(file => file.Sha256).HasMaxLength(64);
        builder.Property(file => file.UploadedByUserId).HasMaxLength(450);
        builder.Property(file => file.RemovedByUserId).HasMaxLength(450);
        builder.Ignore(file => file.ContentType);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(file => file.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Auditing.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Auditing.AuditEntry> builder)
    {
        builder.HasIndex(entry => entry.SequenceNumber).IsUnique();
        builder.HasIndex(entry => entry.At);
        builder.HasIndex(entry => entry.UserName);
        builder.HasIndex(entry => new { entry.ItemType, entry.ItemId });
        builder.Property(entry => entry.UserId).HasMaxLength(450);
        builder.Property(entry => entry.UserName).HasMaxLength(256);
        builder.Property(entry => entry.Action).HasMaxLength(64);
        builder.Property(entry => entry.ItemType).HasMaxLength(64);
        builder.Property(entry => entry.ItemId).HasMaxLength(64);
        builder.Property(entry => entry.Details).HasMaxLength(4000);
        builder.Property(entry => entry.PreviousHash).HasMaxLength(64);
        builder.Property(entry => entry.Hash).HasMaxLength(64);
    }
}

internal sealed class BlacklistEntryConfiguration : IEntityTypeConfiguration<Oversight.BlacklistEntry>
{
    public void Configure(EntityTypeBuilder<Oversight.BlacklistEntry> builder)
    {
        builder.HasIndex(entry => entry.CreditCode);
        builder.HasIndex(entry => entry.LegalRepresentativeIdNumber);
        builder.HasIndex(entry => entry.DistrictCode);
        builder.Property(entry => entry.CreditCode).HasMaxLength(18);
        builder.Property(entry => entry.LegalRepresentativeIdNumber).HasMaxLength(18);
        builder.Property(entry => entry.EnterpriseName).HasMaxLength(200);
        builder.Property(entry => entry.DistrictCode).HasMaxLength(6);
        builder.Property(entry => entry.Reason).HasMaxLength(2000);
        builder.Property(entry => entry.SupportingDocuments).HasMaxLength(2000);
        builder.Property(entry => entry.CreatedByUserId).HasMaxLength(450);
        builder.Property(entry => entry.CreatedByName).HasMaxLength(256);
        builder.Property(entry => entry.RemovedByName).HasMaxLength(256);
        builder.Property(entry => entry.RemovalReason).HasMaxLength(2000);
    }
}

internal sealed class SpotCheckConfiguration :
    IEntityTypeConfiguration<OnlineTraining.SpotChecks.SpotCheckDraw>,
    IEntityTypeConfiguration<OnlineTraining.SpotChecks.SpotCheckSampleMember>,
    IEntityTypeConfiguration<OnlineTraining.SpotChecks.SpotCheckRecord>,
    IEntityTypeConfiguration<OnlineTraining.SpotChecks.TraineeDispute>
{
    public void Configure(EntityTypeBuilder<OnlineTraining.SpotChecks.SpotCheckDraw> builder)
    {
        builder.HasIndex(draw => draw.TrainingPlanId).IsUnique();
        builder.Property(draw => draw.Rate).HasPrecision(5, 4);
        builder.Property(draw => draw.DrawnByUserId).HasMaxLength(450);
        builder.Property(draw => draw.DrawnByName).HasMaxLength(256);
        builder.HasOne<OnlineTraining.TrainingPlan>().WithMany().HasForeignKey(draw => draw.TrainingPlanId);
    }

    public void Configure(EntityTypeBuilder<OnlineTraining.SpotChecks.SpotCheckSampleMember> builder)
    {
        builder.HasIndex(member => new { member.TrainingPlanId, member.TraineeId }).IsUnique();
        builder.Property(member => member.AddedByName).HasMaxLength(256);
        builder.Ignore(member => member.AddedByHand);
        builder.HasOne<OnlineTraining.Trainee>().WithMany().HasForeignKey(member => member.TraineeId);
    }

    public void Configure(EntityTypeBuilder<OnlineTraining.SpotChecks.SpotCheckRecord> builder)
    {
        builder.HasIndex(record => new { record.TrainingPlanId, record.TraineeId });
        builder.Property(record => record.NumberCalled).HasMaxLength(20);
        builder.Property(record => record.Notes).HasMaxLength(2000);
        builder.Property(record => record.ReviewerUserId).HasMaxLength(450);
        builder.Property(record => record.ReviewerName).HasMaxLength(256);
        builder.HasOne<OnlineTraining.Trainee>().WithMany().HasForeignKey(record => record.TraineeId);
    }

    public void Configure(EntityTypeBuilder<OnlineTraining.SpotChecks.TraineeDispute> builder)
    {
        builder.HasIndex(dispute => new { dispute.TrainingPlanId, dispute.TraineeId });
        builder.Property(dispute => dispute.ResolvedByName).HasMaxLength(256);
        builder.Property(dispute => dispute.ResolutionNote).HasMaxLength(2000);
        builder.Ignore(dispute => dispute.IsOpen);
        builder.Ignore(dispute => dispute.BlocksPayment);
        builder.HasOne<OnlineTraining.Trainee>().WithMany().HasForeignKey(dispute => dispute.TraineeId);
    }
}

internal sealed class LearningConfiguration :
    IEntityTypeConfiguration<OnlineTraining.Learning.LearningRecord>,
    IEntityTypeConfiguration<OnlineTraining.Learning.LearningImportBatch>
{
    public void Configure(EntityTypeBuilder<OnlineTraining.Learning.LearningRecord> builder)
    {
        builder.HasIndex(record => new { record.TrainingPlanId, record.TraineeId, record.CourseId, record.IsCurrent });
        builder.HasIndex(record => record.ImportBatchId);
        builder.Property(record => record.Hours).HasPrecision(7, 2);
        builder.Property(record => record.PlatformAccount).HasMaxLength(100);
        builder.HasOne<OnlineTraining.Trainee>().WithMany().HasForeignKey(record => record.TraineeId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OnlineTraining.Course>().WithMany().HasForeignKey(record => record.CourseId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OnlineTraining.Learning.LearningImportBatch>().WithMany().HasForeignKey(record => record.ImportBatchId)
            .OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OnlineTraining.Learning.LearningImportBatch> builder)
    {
        builder.HasIndex(batch => new { batch.TrainingPlanId, batch.Sha256 });
        builder.Property(batch => batch.FileName).HasMaxLength(120);
        builder.Property(batch => batch.Sha256).HasMaxLength(64);
        builder.Property(batch => batch.ImportedByUserId).HasMaxLength(450);
        builder.Property(batch => batch.ImportedByName).HasMaxLength(256);
        builder.HasOne<OnlineTraining.TrainingPlan>().WithMany().HasForeignKey(batch => batch.TrainingPlanId);
    }
}

internal sealed class AwardConfiguration :
    IEntityTypeConfiguration<Payouts.Award>,
    IEntityTypeConfiguration<Payouts.AwardLine>
{
    public void Configure(EntityTypeBuilder<Payouts.Award> builder)
    {
        builder.HasIndex(award => new { award.Programme, award.SourceId }).IsUnique();
        builder.HasIndex(award => new { award.DistrictCode, award.Status });
        builder.HasIndex(award => award.EnterpriseId);
        builder.Property(award => award.SourceNumber).HasMaxLength(40);
        builder.Property(award => award.DistrictCode).HasMaxLength(6);
        builder.Property(award => award.ReviewerUserId).HasMaxLength(450);
        builder.Property(award => award.FailureReason).HasMaxLength(500);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(award => award.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(award => award.Lines).WithOne().HasForeignKey(line => line.AwardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(award => award.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<Payouts.AwardLine> builder)
    {
        builder.HasIndex(line => line.IdNumber);
        builder.Property(line => line.PersonName).HasMaxLength(50);
        builder.Property(line => line.IdNumber).HasMaxLength(18);
        builder.Property(line => line.Phone).HasMaxLength(20);
        builder.Property(line => line.Month).HasMaxLength(7);
    }
}

internal sealed class RecoveryConfiguration :
    IEntityTypeConfiguration<Oversight.RecoveryOrder>,
    IEntityTypeConfiguration<Oversight.RecoveryReceipt>
{
    public void Configure(EntityTypeBuilder<Oversight.RecoveryOrder> builder)
    {
        builder.HasIndex(order => order.AwardId);
        builder.HasIndex(order => order.DistrictCode);
        builder.Property(order => order.DistrictCode).HasMaxLength(6);
        builder.Property(order => order.Reason).HasMaxLength(2000);
        builder.Property(order => order.CreatedByName).HasMaxLength(256);
        builder.HasOne<Payouts.Award>().WithMany().HasForeignKey(order => order.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(order => order.Receipts).WithOne().HasForeignKey(receipt => receipt.RecoveryOrderId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(order => order.Receipts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(order => order.Received);
        builder.Ignore(order => order.Outstanding);
        builder.Ignore(order => order.Status);
    }

    public void Configure(EntityTypeBuilder<Oversight.RecoveryReceipt> builder)
    {
        builder.Property(receipt => receipt.Note).HasMaxLength(500);
        builder.Property(receipt => receipt.RecordedByName).HasMaxLength(256);
    }
}
