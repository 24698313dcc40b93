using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingSubsidy.Core.Enterprises;

namespace TrainingSubsidy.Core.WorkBasedTraining;

internal sealed class MedicalProducerDesignationConfiguration : IEntityTypeConfiguration<MedicalProducerDesignation>
{
    public void Configure(EntityTypeBuilder<MedicalProducerDesignation> builder)
    {
        // One active entry per credit code; removed entries stay as history.
        builder.HasIndex(entry => entry.CreditCode).IsUnique().HasFilter("\"RemovedAt\" IS NULL");
        builder.Property(entry => entry.CreditCode).HasMaxLength(18);
        builder.Property(entry => entry.EnterpriseName).HasMaxLength(200);
        builder.Property(entry => entry.DesignationDocument).HasMaxLength(200);
        builder.Property(entry => entry.AddedByUserName).HasMaxLength(256);
        builder.Property(entry => entry.RemovedByUserName).HasMaxLength(256);
        builder.Property(entry => entry.RemovalReason).HasMaxLength(500);
        builder.Ignore(entry => entry.IsActive);
    }
}

internal sealed class WorkBasedApplicationConfiguration :
    IEntityTypeConfiguration<WorkBasedTrainingApplication>,
    IEntityTypeConfiguration<WorkBasedWorker>,
    IEntityTypeConfiguration<WorkerMonth>,
    IEntityTypeConfiguration<WorkBasedApplicationEvent>
{
    public void Configure(EntityTypeBuilder<WorkBasedTrainingApplication> builder)
    {
        builder.ToTable("WorkBasedApplications");
        builder.HasIndex(application => application.ApplicationNumber).IsUnique();
        builder.HasIndex(application => new { application.DistrictCode, application.Status });
        builder.HasIndex(application => application.EnterpriseId);
        builder.Property(application => application.ApplicationNumber).HasMaxLength(40);
        builder.Property(application => application.DistrictCode).HasMaxLength(6);
        builder.Property(application => application.LegalRepresentativeName).HasMaxLength(50);
        builder.Property(application => application.LegalRepresentativeIdNumber).HasMaxLength(18);
        builder.Property(application => application.BankName).HasMaxLength(100);
        builder.Property(application => application.BankAccountName).HasMaxLength(200);
        builder.Property(application => application.BankAccountNumber).HasMaxLength(40);
        builder.Property(application => application.DecisionReason).HasMaxLength(2000);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(application => application.EnterpriseId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(application => application.Workers).WithOne().HasForeignKey(worker => worker.ApplicationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(application => application.Events).WithOne().HasForeignKey(entry => entry.ApplicationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(application => application.Workers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(application => application.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(application => application.IsEditable);
        builder.Ignore(application => application.ClaimedWorkerMonths);
    }

    public void Configure(EntityTypeBuilder<WorkBasedWorker> builder)
    {
        builder.ToTable("WorkBasedWorkers");
        builder.HasIndex(worker => worker.IdNumber);
        builder.HasIndex(worker => new { worker.ApplicationId, worker.IdNumber }).IsUnique();
        builder.Property(worker => worker.Name).HasMaxLength(50);
        builder.Property(worker => worker.IdNumber).HasMaxLength(18);
        builder.Property(worker => worker.Phone).HasMaxLength(20);
        builder.Property(worker => worker.Post).HasMaxLength(100);
        builder.HasMany(worker => worker.Months).WithOne().HasForeignKey(month => month.WorkerId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(worker => worker.Months).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(worker => worker.MaskedIdNumber);
    }

    public void Configure(EntityTypeBuilder<WorkerMonth> builder)
    {
        builder.ToTable("WorkBasedWorkerMonths");
        builder.HasIndex(month => new { month.WorkerId, month.Month }).IsUnique();
        builder.Property(month => month.Month).HasMaxLength(7);
        builder.Property(month => month.ExclusionReason).HasMaxLength(500);
        builder.Ignore(month => month.IsExcluded);
    }

    public void Configure(EntityTypeBuilder<WorkBasedApplicationEvent> builder)
    {
        builder.ToTable("WorkBasedApplicationEvents");
        builder.Property(entry => entry.UserName).HasMaxLength(256);
        builder.Property(entry => entry.Reason).HasMaxLength(2000);
    }
}

internal sealed class WorkerMonthSlotConfiguration : IEntityTypeConfiguration<WorkerMonthSlot>
{
    public void Configure(EntityTypeBuilder<WorkerMonthSlot> builder)
    {
        builder.ToTable("WorkerMonthSlots", table => table.HasCheckConstraint(
            "CK_WorkerMonthSlots_Slot", $"\"Slot\" BETWEEN 1 AND {WorkerMonthSlot.MaxSlot}"));
        builder.HasIndex(slot => new { slot.IdNumber, slot.Slot }).IsUnique().HasFilter("\"IsPayable\" = 1")
            .HasDatabaseName(WorkerMonthSlotIndexes.IdNumberSlot);
        builder.HasIndex(slot => new { slot.IdNumber, slot.Month }).IsUnique().HasFilter("\"IsPayable\" = 1")
            .HasDatabaseName(WorkerMonthSlotIndexes.IdNumberMonth);
        builder.HasIndex(slot => slot.ApplicationId);
        builder.Property(slot => slot.IdNumber).HasMaxLength(18);
        builder.Property(slot => slot.Month).HasMaxLength(7);
        builder.HasOne<WorkBasedTrainingApplication>().WithMany().HasForeignKey(slot => slot.ApplicationId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Names of the unique indexes that enforce the citywide cap, matched when SQLite reports a violation.</summary>
internal static class WorkerMonthSlotIndexes
{
    public const string IdNumberSlot = "UX_WorkerMonthSlots_IdNumber_Slot";
    public const string IdNumberMonth = "UX_WorkerMonthSlots_IdNumber_Month";
}
