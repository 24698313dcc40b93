using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Persistence;

public sealed class ReferenceDataTests
{
    [Fact]
    public async Task SixteenDistrictsWithCodes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var districts = await db.Districts.OrderBy(d => d.Code).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(16, districts.Count);
        Assert.Contains(districts, d => d.Code == "120116" && d.Name == "滨海新区");
        Assert.Contains(districts, d => d.Code == "120101" && d.Name == "和平区");
        Assert.All(districts, d => Assert.StartsWith("1201", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PolicyVersionOneHasNoticeNumbers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var policy = await PolicyParameterService.FindInForceAsync(db, new DateOnly(2020, 3, 1),
            TestContext.Current.CancellationToken);

        Assert.NotNull(policy);
        Assert.Equal(1, policy.VersionNumber);
        Assert.Equal(new DateOnly(2020, 1, 24), policy.EffectiveFrom);
        Assert.Equal(Money.FromYuan(600), policy.OnlineTrainingAmountPerTrainee);
        Assert.Equal(Money.FromYuan(1000), policy.WorkBasedAmountPerWorkerMonth);
        Assert.Equal(3, policy.WorkBasedMaxMonthsPerWorker);
        Assert.Equal(0.20m, policy.GeneralLiteracyMaxShare);
        Assert.Equal(new DateOnly(2020, 1, 24), policy.EpidemicStart);
        Assert.Null(policy.EpidemicEnd);
        Assert.Equal(Money.FromYuan(2050), policy.MinimumMonthlyWage);
    }

    [Fact]
    public async Task NoPolicyBeforeFirstEffectiveDate()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        Assert.Null(await PolicyParameterService.FindInForceAsync(db, new DateOnly(2020, 1, 23),
            TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OccupationCatalogueFlagsSkillGroups()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var token = TestContext.Current.CancellationToken;

        Assert.Equal(1632, await db.Occupations.CountAsync(token));
        var welder = await db.Occupations.SingleAsync(o => o.Code == "6-18-02-04", token);
        Assert.Equal("焊工", welder.Name);
        Assert.True(welder.IsSkillType);
        Assert.False(await db.Occupations.AnyAsync(o => o.MajorGroupCode <= 3 && o.IsSkillType, token));
        Assert.False(await db.Occupations.AnyAsync(o => o.MajorGroupCode >= 4 && o.MajorGroupCode <= 6 && !o.IsSkillType, token));
    }

    [Fact]
    public async Task Calendar2020Has249WorkingDays()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var calendar = await WorkingDayCalendar.LoadAsync(db, TestContext.Current.CancellationToken);

        Assert.Equal(249, calendar.CountWorkingDays(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2020, 1, 19)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2020, 1, 31)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2020, 2, 1)));
    }

    [Fact]
    public async Task WorkingDaysSkipHolidays()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var calendar = await WorkingDayCalendar.LoadAsync(db, TestContext.Current.CancellationToken);

        // 2020-04-29 (Wednesday): 4-29, 4-30, then the May Day holiday 5-1 to 5-5, then 5-6, 5-7, 5-8.
        Assert.Equal(new DateOnly(2020, 5, 8), calendar.AddWorkingDays(new DateOnly(2020, 4, 29), 5));

        // 2020-05-09 is a Saturday worked in exchange for the holiday.
        Assert.Equal(new DateOnly(2020, 5, 9), calendar.AddWorkingDays(new DateOnly(2020, 5, 6), 4));
    }

    [Fact]
    public async Task SeedingTwiceAddsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        var added = await new ReferenceDataSeeder(database.Clock).SeedAsync(db, TestContext.Current.CancellationToken);

        Assert.Equal(0, added);
    }
}
