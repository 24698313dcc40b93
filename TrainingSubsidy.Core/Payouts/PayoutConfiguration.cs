using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrainingSubsidy.Core.Payouts;

internal sealed class PayoutConfiguration :
    IEntityTypeConfiguration<AwardObjection>,
    IEntityTypeConfiguration<PayoutBatch>,
    IEntityTypeConfiguration<PayoutBatchItem>
{
    public void Configure(EntityTypeBuilder<AwardObjection> builder)
    {
        builder.HasIndex(objection => objection.AwardId);
        builder.Property(objection => objection.RaisedBy).HasMaxLength(200);
        builder.Property(objection => objection.Content).HasMaxLength(AwardObjection.MaxTextLength);
        builder.Property(objection => objection.Resolution).HasMaxLength(AwardObjection.MaxTextLength);
        builder.Property(objection => objection.RecordedByUserId).HasMaxLength(450);
        builder.Property(objection => objection.RecordedByName).HasMaxLength(256);
        builder.Property(objection => objection.ResolvedByName).HasMaxLength(256);
        builder.HasOne<Award>().WithMany().HasForeignKey(objection => objection.AwardId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(objection => objection.IsOpen);
    }

    public void Configure(EntityTypeBuilder<PayoutBatch> builder)
    {
        builder.HasIndex(batch => batch.BatchNumber).IsUnique();
        builder.HasIndex(batch => new { batch.DistrictCode, batch.Status });
        builder.Property(batch => batch.BatchNumber).HasMaxLength(40);
        builder.Property(batch => batch.DistrictCode).HasMaxLength(6);
        builder.Property(batch => batch.CreatedByUserId).HasMaxLength(450);
        builder.Property(batch => batch.CreatedByName).HasMaxLength(256);
        builder.HasMany(batch => batch.Items).WithOne().HasForeignKey(item => item.PayoutBatchId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(batch => batch.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(batch => batch.Total);
    }

    public void Configure(EntityTypeBuilder<PayoutBatchItem> builder)
    {
        builder.HasIndex(item => new { item.PayoutBatchId, item.AwardId }).IsUnique();
        builder.HasIndex(item => item.AwardId);
        builder.Property(item => item.FailureReason).HasMaxLength(500);
        builder.HasOne<Award>().WithMany().HasForeignKey(item => item.AwardId).OnDelete(DeleteBehavior.Restrict);
    }
}
