using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Tests.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Claims;

public sealed class ClaimConcurrencyTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ClaimTestData _data = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ClaimTestData(_database);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ParallelClaimsForOnePersonLeaveOnePayable()
    {
        var person = _data.NewIdNumber();
        var first = await _data.AddEnterpriseAsync();
        var second = await _data.AddEnterpriseAsync();
        var firstPlan = await _data.AddCompletedPlanAsync(first, [person]);
        var secondPlan = await _data.AddCompletedPlanAsync(second, [person]);
        _data.SetToday(new DateOnly(2020, 3, 23));

        var outcomes = await Task.WhenAll(
            SubmitAndApproveAsync(first, firstPlan, ClaimTestData.Reviewer),
            SubmitAndApproveAsync(second, secondPlan, ClaimTestData.SecondReviewer));

        await using var db = _database.CreateDbContext();
        var payable = await db.ClaimTrainees.CountAsync(t => t.IdNumber == person && t.IsPayable, Token);
        var awardLines = await db.Awards.SelectMany(a => a.Lines).CountAsync(line => line.IdNumber == person, Token);
        Assert.Equal(1, payable);
        Assert.Equal(1, awardLines);
        Assert.Equal(1, outcomes.Count(outcome => outcome is null));
        Assert.Equal(1, outcomes.Count(outcome => outcome is DomainException));
    }

    [Fact]
    public async Task DatabaseRejectsRacedSecondClaim()
    {
        var person = _data.NewIdNumber();
        var first = await _data.AddEnterpriseAsync();
        var second = await _data.AddEnterpriseAsync();
        var firstPlan = await _data.AddCompletedPlanAsync(first, [person]);
        var secondPlan = await _data.AddCompletedPlanAsync(second, [person]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var interleaving = new InterleavingDbContextFactory(_database);

        // The second enterprise's claim is saved after the first one's check ran and before its save.
        interleaving.BeforeNextSave = () => _data.SubmitAsync(second, secondPlan);
        var exception = await Assert.ThrowsAsync<DomainException>(
            () => _data.SubmitAsync(first, firstPlan, _data.Claims(interleaving)));

        await using var db = _database.CreateDbContext();
        var holder = await db.ClaimTrainees.Where(t => t.IdNumber == person && t.IsPayable)
            .Join(db.SubsidyClaims, t => t.SubsidyClaimId, c => c.Id, (t, c) => c.EnterpriseId)
            .ToListAsync(Token);
        Assert.Equal(OncePerPersonRule.ViolationMessage, exception.Message);
        Assert.Equal([second.Id], holder);
        Assert.Equal(0, await db.SubsidyClaims.CountAsync(c => c.EnterpriseId == first.Id, Token));
    }

    [Fact]
    public async Task SecondDecisionOnSameVersionConflicts()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        var version = (await _data.Review().GetAsync(ClaimTestData.Reviewer, claimId, Token)).Version;
        await _data.Review().DecideAsync(ClaimTestData.Reviewer,
            new ClaimDecision(claimId, version, ClaimDecisionAction.Approve, null, new Dictionary<int, string>()), Token);

        var exception = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _data.Review().DecideAsync(
            ClaimTestData.SecondReviewer,
            new ClaimDecision(claimId, version, ClaimDecisionAction.Reject, "重复", new Dictionary<int, string>()), Token));

        await using var db = _database.CreateDbContext();
        Assert.Equal(ClaimReviewService.ConflictMessage, exception.Message);
        Assert.Equal(ClaimStatus.Approved, (await db.SubsidyClaims.SingleAsync(Token)).Status);
        Assert.Equal(1, await db.Awards.CountAsync(Token));
    }

    [Fact]
    public async Task ExclusionNeedsReasonAndDropsTrainee()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        var excluded = plan.Trainees.OrderBy(t => t.SortOrder).First().Id;

        await Assert.ThrowsAsync<DomainException>(() =>
            _data.ApproveAsync(claimId, exclusions: new Dictionary<int, string> { [excluded] = " " }));
        await _data.ApproveAsync(claimId, exclusions: new Dictionary<int, string> { [excluded] = "社保记录显示已离职" });

        await using var db = _database.CreateDbContext();
        var award = await db.Awards.Include(a => a.Lines).SingleAsync(Token);
        var row = await db.ClaimTrainees.SingleAsync(t => t.TraineeId == excluded, Token);
        Assert.Equal(1, award.Quantity);
        Assert.Equal(Money.FromYuan(600), award.Amount);
        Assert.False(row.IsPayable);
        Assert.Equal("社保记录显示已离职", row.ExclusionReason);
    }

    [Fact]
    public async Task DisputeAfterSubmissionNeedsExclusion()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        var disputed = plan.Trainees.OrderBy(t => t.SortOrder).First();
        var spotChecks = new Core.OnlineTraining.SpotChecks.SpotCheckService(_database, _data.Audit(), _database.Clock);
        await spotChecks.AddByHandAsync(ClaimTestData.Reviewer, plan.Id, disputed.Id, Token);
        await spotChecks.RecordAsync(ClaimTestData.Reviewer, plan.Id, new Core.OnlineTraining.SpotChecks.SpotCheckEntry(
            disputed.Id, Core.OnlineTraining.SpotChecks.SpotCheckMethod.Online, _database.Clock.GetUtcNow(), null,
            Core.OnlineTraining.SpotChecks.SpotCheckOutcome.DeniedAttendance, "本人称未参加培训"), Token);

        var exception = await Assert.ThrowsAsync<DomainException>(() => _data.ApproveAsync(claimId));
        await _data.ApproveAsync(claimId, exclusions: new Dictionary<int, string> { [disputed.Id] = "抽查否认参训" });

        await using var db = _database.CreateDbContext();
        Assert.Contains(disputed.Name, exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await db.Awards.SingleAsync(Token)).Quantity);
    }

    [Fact]
    public async Task BlacklistedEnterpriseCannotBeApproved()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        await _data.Blacklist().AddAsync(ClaimTestData.Reviewer, new Core.Oversight.BlacklistRequest
        {
            EnterpriseId = enterprise.Id,
            Reason = "伪造学习记录",
            StartDate = new DateOnly(2020, 3, 23),
        }, Token);

        var exception = await Assert.ThrowsAsync<DomainException>(() => _data.ApproveAsync(claimId));

        await using var db = _database.CreateDbContext();
        Assert.Contains("只能审核不予通过", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Awards.CountAsync(Token));
    }

    [Fact]
    public async Task ReviewerOfOtherDistrictIsDenied()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        var heping = new Core.Identity.UserScope("heping", "reviewer.heping", Core.Identity.Roles.DistrictReviewer,
            null, "120101");

        await Assert.ThrowsAsync<AccessDeniedException>(() => _data.Review().GetAsync(heping, claimId, Token));
    }

    private async Task<Exception?> SubmitAndApproveAsync(Core.Enterprises.Enterprise enterprise,
        Core.OnlineTraining.TrainingPlan plan, Core.Identity.UserScope reviewer)
    {
        try
        {
            var claimId = await Task.Run(() => _data.SubmitAsync(enterprise, plan));
            await _data.ApproveAsync(claimId, reviewer);
            return null;
        }
        catch (DomainException exception)
        {
            return exception;
        }
    }
}
