using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Reference;

namespace TrainingSubsidy.Core.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<Occupation> Occupations => Set<Occupation>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<PolicyParameters> PolicyParameters => Set<PolicyParameters>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<OnlineTraining.TrainingPlan> TrainingPlans => Set<OnlineTraining.TrainingPlan>();

    public DbSet<Files.StoredFile> StoredFiles => Set<Files.StoredFile>();

    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();

    public DbSet<Oversight.BlacklistEntry> BlacklistEntries => Set<Oversight.BlacklistEntry>();

    public DbSet<OnlineTraining.SpotChecks.SpotCheckDraw> SpotCheckDraws => Set<OnlineTraining.SpotChecks.SpotCheckDraw>();

    public DbSet<OnlineTraining.SpotChecks.SpotCheckSampleMember> SpotCheckSampleMembers =>
        Set<OnlineTraining.SpotChecks.SpotCheckSampleMember>();

    public DbSet<OnlineTraining.SpotChecks.SpotCheckRecord> SpotCheckRecords => Set<OnlineTraining.SpotChecks.SpotCheckRecord>();

    public DbSet<OnlineTraining.SpotChecks.TraineeDispute> TraineeDisputes => Set<OnlineTraining.SpotChecks.TraineeDispute>();

    public DbSet<OnlineTraining.Learning.LearningRecord> LearningRecords => Set<OnlineTraining.Learning.LearningRecord>();

    public DbSet<OnlineTraining.Learning.LearningImportBatch> LearningImportBatches =>
        Set<OnlineTraining.Learning.LearningImportBatch>();

    public DbSet<Payouts.Award> Awards => Set<Payouts.Award>();

    public DbSet<Oversight.RecoveryOrder> RecoveryOrders => Set<Oversight.RecoveryOrder>();
    public DbSet<Claims.SubsidyClaim> SubsidyClaims => Set<Claims.SubsidyClaim>();

    public DbSet<Claims.ClaimTrainee> ClaimTrainees => Set<Claims.ClaimTrainee>();

    public DbSet<Payouts.AwardObjection> AwardObjections => Set<Payouts.AwardObjection>();

    public DbSet<Payouts.PayoutBatch> PayoutBatches => Set<Payouts.PayoutBatch>();

    public DbSet<Payouts.PayoutBatchItem> PayoutBatchItems => Set<Payouts.PayoutBatchItem>();
    public DbSet<WorkBasedTraining.MedicalProducerDesignation> MedicalProducerDesignations =>
        Set<WorkBasedTraining.MedicalProducerDesignation>();

    public DbSet<WorkBasedTraining.WorkBasedTrainingApplication> WorkBasedApplications =>
        Set<WorkBasedTraining.WorkBasedTrainingApplication>();

    public DbSet<WorkBasedTraining.WorkerMonthSlot> WorkerMonthSlots => Set<WorkBasedTraining.WorkerMonthSlot>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyToFenConverter>();

        // SQLite stores DateTimeOffset as text and cannot compare or sort it in SQL; binary ticks can be.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                builder.Entity(entityType.ClrType)
                    .Property(nameof(IVersioned.Version))
                    .IsConcurrencyToken();
            }
        }
    }

    private sealed class MoneyToFenConverter() : ValueConverter<Money, long>(
        money => money.Fen,
        fen => new Money(fen));
}
