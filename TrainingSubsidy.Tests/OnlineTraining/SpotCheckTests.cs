using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class SpotCheckTests
{
    private static readonly UserScope BinhaiReviewer = new("r1", "reviewer.binhai", Roles.DistrictReviewer, null, "120116");
    private static readonly UserScope HepingReviewer = new("r2", "reviewer.heping", Roles.DistrictReviewer, null, "120101");

    [Theory]
    [InlineData(10, 3)]
    [InlineData(60, 3)]
    [InlineData(61, 4)]
    [InlineData(100, 5)]
    [InlineData(2, 2)]
    [InlineData(0, 0)]
    public void SampleSizeFollowsRateAndMinimum(int population, int expected)
    {
        Assert.Equal(expected, SpotCheckSampler.SampleSize(population, 0.05m, 3));
    }

    [Fact]
    public void SameSeedGivesSameSample()
    {
        var ids = Enumerable.Range(100, 500).ToList();

        var first = SpotCheckSampler.Draw(ids, 25, 123456);
        var again = SpotCheckSampler.Draw(ids.AsEnumerable().Reverse(), 25, 123456);
        var other = SpotCheckSampler.Draw(ids, 25, 654321);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(25, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, ids));
    }

    [Fact]
    public async Task DrawIsStoredAndReproducible()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 80);
        var service = Create(database);

        var draw = await service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var overview = await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);

        Assert.Equal(4, draw.SampleCount);
        Assert.Equal(4, overview.Sample.Count);
        Assert.True(overview.DrawReproduces);
        var expected = SpotCheckSampler.Draw(plan.Trainees.Select(t => t.Id), draw.SampleCount, draw.Seed);
        Assert.Equal(expected, overview.Sample.Select(s => s.TraineeId).Order());
    }

    [Fact]
    public async Task SecondDrawIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);
        await service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<DomainException>(() => service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DeniedAttendanceBlocksPaymentUntilCleared()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);
        await service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var traineeId = (await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken)).Sample[0].TraineeId;

        var errors = await service.RecordAsync(BinhaiReviewer, plan.Id,
            new SpotCheckEntry(traineeId, SpotCheckMethod.Phone, database.Clock.GetUtcNow(), "13800000001",
                SpotCheckOutcome.DeniedAttendance, "本人称未参加任何线上培训"), TestContext.Current.CancellationToken);

        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        await using (var db = database.CreateDbContext())
        {
            Assert.Contains(traineeId, await SpotCheckService.BlockedTraineeIdsAsync(db, plan.Id, TestContext.Current.CancellationToken));
        }

        var dispute = (await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken))
            .Sample.Single(s => s.TraineeId == traineeId).Dispute!;
        await service.ResolveDisputeAsync(BinhaiReviewer, dispute.Id, true, "回访确认本人记错，平台记录属实",
            TestContext.Current.CancellationToken);

        await using (var db = database.CreateDbContext())
        {
            Assert.DoesNotContain(traineeId, await SpotCheckService.BlockedTraineeIdsAsync(db, plan.Id, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task ConfirmedDenialStaysBlocked()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);
        await service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var traineeId = (await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken)).Sample[0].TraineeId;
        await service.RecordAsync(BinhaiReviewer, plan.Id,
            new SpotCheckEntry(traineeId, SpotCheckMethod.Video, database.Clock.GetUtcNow(), null,
                SpotCheckOutcome.DeniedAttendance, "视频核实本人未参训"), TestContext.Current.CancellationToken);
        var dispute = (await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken))
            .Sample.Single(s => s.TraineeId == traineeId).Dispute!;

        await service.ResolveDisputeAsync(BinhaiReviewer, dispute.Id, false, "确认未参训", TestContext.Current.CancellationToken);

        await using var db = database.CreateDbContext();
        Assert.Contains(traineeId, await SpotCheckService.BlockedTraineeIdsAsync(db, plan.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DenialWithoutNotesAndBadNumberAreRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);
        await service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var traineeId = (await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken)).Sample[0].TraineeId;

        var errors = await service.RecordAsync(BinhaiReviewer, plan.Id,
            new SpotCheckEntry(traineeId, SpotCheckMethod.Phone, database.Clock.GetUtcNow(), "12345",
                SpotCheckOutcome.DeniedAttendance, null), TestContext.Current.CancellationToken);

        Assert.NotEmpty(errors.For(nameof(SpotCheckEntry.NumberCalled)));
        Assert.NotEmpty(errors.For(nameof(SpotCheckEntry.Notes)));
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.SpotCheckRecords.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnsampledTraineeCannotBeLogged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);

        await Assert.ThrowsAsync<DomainException>(() => service.RecordAsync(BinhaiReviewer, plan.Id,
            new SpotCheckEntry(plan.Trainees.First().Id, SpotCheckMethod.Phone, database.Clock.GetUtcNow(), "13800000001",
                SpotCheckOutcome.ConfirmedAttendance, null), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HandAddedTraineeCanBeLogged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);
        var traineeId = plan.Trainees.First().Id;

        await service.AddByHandAsync(BinhaiReviewer, plan.Id, traineeId, TestContext.Current.CancellationToken);
        var errors = await service.RecordAsync(BinhaiReviewer, plan.Id,
            new SpotCheckEntry(traineeId, SpotCheckMethod.Phone, database.Clock.GetUtcNow(), "13800000001",
                SpotCheckOutcome.ConfirmedAttendance, null), TestContext.Current.CancellationToken);

        Assert.True(errors.IsValid);
        var overview = await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        Assert.True(overview.Sample.Single().AddedByHand);
    }

    [Fact]
    public async Task OtherDistrictReviewerIsDenied()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).GetAsync(HepingReviewer, plan.Id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).DrawAsync(HepingReviewer, plan.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnapprovedPlanCannotBeChecked()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        var plan = await PlanBuilder.AddPlanAsync(database, enterprise, 10, PlanStatus.Submitted);

        await Assert.ThrowsAsync<DomainException>(() =>
            Create(database).DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RevealingPhoneIsAudited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var plan = await ApprovedPlanAsync(database, 10);
        var service = Create(database);
        await service.DrawAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var traineeId = (await service.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken)).Sample[0].TraineeId;

        var phone = await service.RevealPhoneAsync(BinhaiReviewer, plan.Id, traineeId, TestContext.Current.CancellationToken);

        Assert.StartsWith("138", phone, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var entries = await db.AuditEntries.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(entries, e => e.Action == AuditActions.PersonalDataShown && e.UserName == "reviewer.binhai");
        Assert.DoesNotContain(entries, e => e.Details != null && e.Details.Contains(phone, StringComparison.Ordinal));
    }

    private static SpotCheckService Create(TestDatabase database) =>
        new(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance), database.Clock);

    private static async Task<TrainingPlan> ApprovedPlanAsync(TestDatabase database, int trainees)
    {
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        var plan = await PlanBuilder.AddPlanAsync(database, enterprise, trainees);
        await using var db = database.CreateDbContext();
        return await db.TrainingPlans.Include(p => p.Trainees).SingleAsync(p => p.Id == plan.Id);
    }
}
