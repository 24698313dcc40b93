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
