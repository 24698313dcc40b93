using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Demo;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Demo;

public sealed class DemoStorySeederTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ServiceProvider _services = default!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();

        // 2020-06-15 09:00 Beijing time, a Monday after the epidemic end date that the demo policy version sets.
        _database.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 15, 1, 0, 0, TimeSpan.Zero));
        _services = TestServices.Build(_database, services =>
        {
            services.AddSingleton<FileStore>();
            services.AddScoped<DemoAccountSeeder>();
            services.AddScoped<DemoStorySeeder>();
        });

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(Token);
        Assert.True(await scope.ServiceProvider.GetRequiredService<DemoStorySeeder>().SeedAsync(Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(DemoAccountSeeder.BinhaiDistrict)]
    [InlineData(DemoAccountSeeder.HepingDistrict)]
    public async Task DistrictBatchPaidWithLedgerTotal(string district)
    {
        await using var db = _database.CreateDbContext();
        var batch = Assert.Single(await db.PayoutBatches.AsNoTracking().Include(b => b.Items)
            .Where(b => b.DistrictCode == district).ToListAsync(Token));
        Assert.Equal(PayoutBatchStatus.Completed, batch.Status);
        Assert.NotNull(batch.LockedAt);
        Assert.All(batch.Items, item => Assert.Equal(PaymentResult.Paid, item.Result));

        var awardIds = batch.Items.Select(item => item.AwardId).ToList();
        var awards = await db.Awards.AsNoTracking().Where(a => awardIds.Contains(a.Id)).ToListAsync(Token);
        Assert.All(awards, award => Assert.Equal(AwardStatus.Paid, award.Status));
        Assert.All(awards, award => Assert.NotEqual(batch.CreatedByUserId, award.ReviewerUserId));
        var awardTotal = awards.Aggregate(Money.Zero, (total, award) => total + award.Amount);

        var ledger = await PayoutLedger.LoadAsync(db, batch.Id, _database.Clock.GetUtcNow(), Token);
        Assert.NotNull(ledger);
        Assert.Equal(awardTotal, ledger.Total);
        Assert.Equal(awardTotal, ledger.Lines.Aggregate(Money.Zero, (total, line) => total + line.Amount));
        var expectedProgrammes = district == DemoAccountSeeder.BinhaiDistrict
            ? new[] { Programme.OnlineTraining, Programme.WorkBasedTraining }
            : [Programme.OnlineTraining];
        Assert.Equal(expectedProgrammes, ledger.Rows.Select(row => row.Programme).Order().ToArray());
    }

    [Theory]
    [InlineData(DemoAccountSeeder.BinhaiDistrict)]
    [InlineData(DemoAccountSeeder.HepingDistrict)]
    public async Task ClaimsCoverEveryStage(string district)
    {
        await using var db = _database.CreateDbContext();
        var claims = await db.SubsidyClaims.AsNoTracking().Where(c => c.DistrictCode == district).ToListAsync(Token);
        Assert.Equal(2, claims.Count(c => c.Status == ClaimStatus.Approved));
        Assert.Single(claims, c => c.Status == ClaimStatus.Submitted);
        var returned = Assert.Single(claims, c => c.Status == ClaimStatus.Returned);
        Assert.False(string.IsNullOrWhiteSpace(returned.DecisionReason));

        var statuses = await db.Awards.AsNoTracking()
            .Where(a => a.DistrictCode == district && a.Programme == Programme.OnlineTraining)
            .Select(a => a.Status).ToListAsync(Token);
        Assert.Contains(AwardStatus.InNotice, statuses);
        Assert.Contains(AwardStatus.Paid, statuses);
    }

    [Fact]
    public async Task BinhaiHasWorkBasedApplications()
    {
        await using var db = _database.CreateDbContext();
        var applications = await db.WorkBasedApplications.AsNoTracking()
            .Include(a => a.Workers).ThenInclude(w => w.Months)
            .Where(a => a.DistrictCode == DemoAccountSeeder.BinhaiDistrict)
            .ToListAsync(Token);
        var statuses = applications.Select(a => a.Status).Order().ToArray();
        Assert.Equal(
            [WorkBasedApplicationStatus.Draft, WorkBasedApplicationStatus.Submitted, WorkBasedApplicationStatus.Approved],
            statuses);
        Assert.Empty(await db.WorkBasedApplications.Where(a => a.DistrictCode == DemoAccountSeeder.HepingDistrict)
            .ToListAsync(Token));

        var policy = await TrainingSubsidy.Core.Reference.PolicyParameterService.FindInForceAsync(db,
            ChinaTime.Today(_database.Clock), Token);
        Assert.Equal(new DateOnly(2020, 4, 8), policy?.EpidemicEnd);

        foreach (var application in applications)
        {
            var months = application.Workers.SelectMany(w => w.Months).Select(m => m.Month).Distinct().ToList();
            var proven = await db.StoredFiles.AsNoTracking()
                .Where(f => f.WorkBasedApplicationId == application.Id && f.Purpose == FilePurpose.PayrollProof)
                .Select(f => f.ClaimMonth).ToListAsync(Token);
            Assert.Equal(months.Order(StringComparer.Ordinal), proven.Order(StringComparer.Ordinal));
            Assert.All(application.Workers.SelectMany(w => w.Months), m => Assert.True(m.Wage > Money.FromYuan(2050)));

            var slots = await db.WorkerMonthSlots.CountAsync(s => s.ApplicationId == application.Id && s.IsPayable, Token);
            var expectedSlots = application.Status == WorkBasedApplicationStatus.Draft ? 0 : application.ClaimedWorkerMonths;
            Assert.Equal(expectedSlots, slots);

            var form = ApplicationFormDocument.Generate(new ApplicationFormModel(application, "演示企业", "91120116MA06B2L4GX",
                "滨海新区", "地址", "联系人", "13900000000", ChinaTime.Today(_database.Clock)));
            Assert.NotEmpty(form);
        }
    }

    [Fact]
    public async Task SecondRunSeedsNothing()
    {
        await using var scope = _services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DemoStorySeeder>().SeedAsync(Token));
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.PayoutBatches.CountAsync(Token));
    }
}
