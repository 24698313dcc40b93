using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Claims;

public sealed class ClaimEligibilityTests : IAsyncLifetime
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
    public async Task CompleteTraineeIsEligible()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));

        var preparation = await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(enterprise), plan.Id, Token);

        var trainee = Assert.Single(preparation.Eligibility.Trainees);
        Assert.Null(trainee.IneligibleReason);
        Assert.Equal(20m, trainee.CompletedHours);
        Assert.Equal(20m, trainee.RequiredHours);
        Assert.True(preparation.CanSubmit);
        Assert.Equal(Money.FromYuan(600), preparation.Eligibility.EligibleAmount);
    }

    [Fact]
    public async Task ExtraHoursOnOneCourseDoNotCoverAnother()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()]);
        await _data.AddLearningAsync(plan, [(30m, 2m), (16m, 3.5m)]);
        _data.SetToday(new DateOnly(2020, 3, 23));

        var trainees = (await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(enterprise), plan.Id, Token))
            .Eligibility.Trainees;

        Assert.Equal(18m, trainees[0].CompletedHours);
        Assert.Equal("学习课时不足：已完成18课时，需完成20课时", trainees[0].IneligibleReason);
        Assert.Equal(19.5m, trainees[1].CompletedHours);
        Assert.NotNull(trainees[1].IneligibleReason);
    }

    [Fact]
    public async Task CompletionShareComesFromPolicyOnApprovalDate()
    {
        await AddPolicyAsync(new DateOnly(2020, 3, 1), amountYuan: 600, completionShare: 0.9m);
        await AddPolicyAsync(new DateOnly(2020, 3, 5), amountYuan: 800, completionShare: 1.0m);
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddPlanAsync(enterprise, [_data.NewIdNumber()], approvedOn: new DateOnly(2020, 3, 2));
        await _data.AddLearningAsync(plan, [(16m, 2m)]);
        _data.SetToday(new DateOnly(2020, 3, 23));

        var eligibility = (await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(enterprise), plan.Id, Token))
            .Eligibility;

        Assert.Equal(18m, eligibility.RequiredHours);
        Assert.Null(eligibility.Trainees[0].IneligibleReason);
        Assert.Equal(Money.FromYuan(600), eligibility.AmountPerTrainee);
    }

    [Fact]
    public async Task AmountComesFromPolicyOnApprovalDate()
    {
        await AddPolicyAsync(new DateOnly(2020, 3, 10), amountYuan: 800, completionShare: 1.0m);
        var enterprise = await _data.AddEnterpriseAsync();
        var early = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()],
            approvedOn: new DateOnly(2020, 3, 2));
        var late = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()],
            approvedOn: new DateOnly(2020, 3, 11));
        _data.SetToday(new DateOnly(2020, 3, 23));

        var earlyClaim = await _data.SubmitAsync(enterprise, early);
        var lateClaim = await _data.SubmitAsync(enterprise, late);
        await _data.ApproveAsync(earlyClaim);
        await _data.ApproveAsync(lateClaim);

        await using var db = _database.CreateDbContext();
        var awards = await db.Awards.Include(a => a.Lines).ToDictionaryAsync(a => a.SourceId, Token);
        Assert.Equal(Money.FromYuan(1200), awards[earlyClaim].Amount);
        Assert.All(awards[earlyClaim].Lines, line => Assert.Equal(Money.FromYuan(600), line.Amount));
        Assert.Equal(Money.FromYuan(800), awards[lateClaim].Amount);
    }

    [Fact]
    public async Task PersonPaidByOtherEnterpriseIsNotEligible()
    {
        var person = _data.NewIdNumber();
        var first = await _data.AddEnterpriseAsync();
        var second = await _data.AddEnterpriseAsync();
        var firstPlan = await _data.AddCompletedPlanAsync(first, [person]);
        var secondPlan = await _data.AddCompletedPlanAsync(second, [person, _data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        await _data.ApproveAsync(await _data.SubmitAsync(first, firstPlan));

        var trainees = (await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(second), secondPlan.Id, Token))
            .Eligibility.Trainees;

        Assert.Equal("已由其他企业申领过线上职业技能培训补贴，每人只能享受一次", trainees[0].IneligibleReason);
        Assert.Null(trainees[1].IneligibleReason);
    }

    [Fact]
    public async Task PersonInOtherPendingClaimIsNotEligible()
    {
        var person = _data.NewIdNumber();
        var enterprise = await _data.AddEnterpriseAsync();
        var firstPlan = await _data.AddCompletedPlanAsync(enterprise, [person]);
        var secondPlan = await _data.AddCompletedPlanAsync(enterprise, [person, _data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        await _data.SubmitAsync(enterprise, firstPlan);

        var trainees = (await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(enterprise), secondPlan.Id, Token))
            .Eligibility.Trainees;

        Assert.Equal("已在本企业待审核的补贴申请中，每人只能享受一次线上职业技能培训补贴", trainees[0].IneligibleReason);
        Assert.Null(trainees[1].IneligibleReason);
    }

    [Fact]
    public async Task ReturnedClaimReleasesItsTrainees()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));
        var claimId = await _data.SubmitAsync(enterprise, plan);
        var claim = await _data.Review().GetAsync(ClaimTestData.Reviewer, claimId, Token);
        await _data.Review().DecideAsync(ClaimTestData.Reviewer,
            new ClaimDecision(claimId, claim.Version, ClaimDecisionAction.Return, "请补充学习记录截图", new Dictionary<int, string>()), Token);

        var again = await _data.SubmitAsync(enterprise, plan);

        Assert.NotEqual(claimId, again);
    }

    [Fact]
    public async Task DisputedTraineeIsNotEligible()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber(), _data.NewIdNumber()]);
        var disputed = plan.Trainees.OrderBy(t => t.SortOrder).First();
        var spotChecks = new SpotCheckService(_database, _data.Audit(), _database.Clock);
        await spotChecks.AddByHandAsync(ClaimTestData.Reviewer, plan.Id, disputed.Id, Token);
        var errors = await spotChecks.RecordAsync(ClaimTestData.Reviewer, plan.Id, new SpotCheckEntry(disputed.Id,
            SpotCheckMethod.Online, _database.Clock.GetUtcNow(), null, SpotCheckOutcome.DeniedAttendance, "本人称未参加培训"), Token);
        Assert.True(errors.IsValid);
        _data.SetToday(new DateOnly(2020, 3, 23));

        var trainees = (await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(enterprise), plan.Id, Token))
            .Eligibility.Trainees;

        Assert.Equal("抽查中否认参训或存在未处理的异议，暂不能补贴", trainees[0].IneligibleReason);
        Assert.Null(trainees[1].IneligibleReason);
    }

    [Fact]
    public async Task BlacklistedEnterpriseCannotSubmit()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        var (errors, _) = await _data.Blacklist().AddAsync(ClaimTestData.Reviewer, new BlacklistRequest
        {
            EnterpriseId = enterprise.Id,
            Reason = "虚报参训人员骗取补贴",
            StartDate = new DateOnly(2020, 3, 2),
        }, Token);
        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        _data.SetToday(new DateOnly(2020, 3, 23));

        var preparation = await _data.Claims().PrepareAsync(ClaimTestData.EnterpriseUser(enterprise), plan.Id, Token);
        var exception = await Assert.ThrowsAsync<DomainException>(() => _data.SubmitAsync(enterprise, plan));

        Assert.False(preparation.CanSubmit);
        Assert.Contains("黑名单", preparation.BlockingMessage, StringComparison.Ordinal);
        Assert.Contains("虚报参训人员骗取补贴", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimBeforeTrainingEndIsRejected()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 20));

        var exception = await Assert.ThrowsAsync<DomainException>(() => _data.SubmitAsync(enterprise, plan));

        Assert.Contains("2020-03-20结束后才能申请补贴", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingBankAccountIsReported()
    {
        var enterprise = await PlanBuilder.AddEnterpriseAsync(_database, ClaimTestData.Binhai);
        var plan = await _data.AddCompletedPlanAsync(enterprise, [_data.NewIdNumber()]);
        _data.SetToday(new DateOnly(2020, 3, 23));

        var exception = await Assert.ThrowsAsync<DomainException>(() => _data.SubmitAsync(enterprise, plan));

        Assert.Contains("企业信息", exception.Message, StringComparison.Ordinal);
    }

    private async Task AddPolicyAsync(DateOnly effectiveFrom, decimal amountYuan, decimal completionShare)
    {
        await using var db = _database.CreateDbContext();
        var latest = await db.PolicyParameters.OrderByDescending(p => p.VersionNumber).FirstAsync(Token);
        var version = latest.CopyAsVersion(latest.VersionNumber + 1, effectiveFrom, _database.Clock.GetUtcNow(), "admin");
        version.OnlineTrainingAmountPerTrainee = Money.FromYuan(amountYuan);
        version.CompletionShareRequired = completionShare;
        db.PolicyParameters.Add(version);
        await db.SaveChangesAsync(Token);
    }
}
