using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanDecisionServiceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ReviewTestData _data = default!;
    private Enterprise _enterprise = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ReviewTestData(_database);
        _enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ApproveSetsStatusAndRecordsHistory()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        _database.Clock.Advance(TimeSpan.FromHours(2));

        await DecideAsync(plan, PlanReviewAction.Approved, "  材料齐全。 ", CompleteChecklist());

        var stored = await LoadAsync(plan.Id);
        var entry = stored.Reviews.OrderBy(review => review.Id).Last();
        Assert.Equal(PlanStatus.Approved, stored.Status);
        Assert.Equal(new DateOnly(2020, 3, 2), stored.ApprovedOn);
        Assert.Equal(ChinaTime.Now(_database.Clock), stored.DecidedAt);
        Assert.Equal(PlanReviewAction.Approved, entry.Action);
        Assert.Equal(BinhaiReviewer.UserId, entry.UserId);
        Assert.Equal(BinhaiReviewer.UserName, entry.UserDisplayName);
        Assert.Equal(ChinaTime.Now(_database.Clock), entry.At);
        Assert.Equal("材料齐全。", entry.Reason);
        Assert.Equal(CompleteChecklist(), ReviewChecklist.FromJson(entry.Checklist));
    }

    [Fact]
    public async Task ChecklistIsStoredAsReadableJson()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await DecideAsync(plan, PlanReviewAction.Approved, null, CompleteChecklist());

        var json = (await LoadAsync(plan.Id)).Reviews.Single(r => r.Action == PlanReviewAction.Approved).Checklist;
        Assert.NotNull(json);
        Assert.Contains("\"platformVerified\":true", json, StringComparison.Ordinal);
        Assert.Contains("使用企业提供的账号登录平台", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isComplete", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnWithReasonRecordsReasonAndChecklist()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        var checklist = CompleteChecklist() with { LiteracyWithinCap = false };

        await DecideAsync(plan, PlanReviewAction.Returned, "通用职业素养课时超过20%，请调整课程。", checklist);

        var stored = await LoadAsync(plan.Id);
        var entry = stored.Reviews.Single(review => review.Action == PlanReviewAction.Returned);
        Assert.Equal(PlanStatus.Returned, stored.Status);
        Assert.Null(stored.ApprovedOn);
        Assert.Equal("通用职业素养课时超过20%，请调整课程。", entry.Reason);
        Assert.Equal(checklist, ReviewChecklist.FromJson(entry.Checklist));
    }

    [Fact]
    public async Task RejectWithReasonRecordsReason()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await DecideAsync(plan, PlanReviewAction.Rejected, "培训平台网址无法访问。", new ReviewChecklist());

        var stored = await LoadAsync(plan.Id);
        var entry = stored.Reviews.Single(review => review.Action == PlanReviewAction.Rejected);
        Assert.Equal(PlanStatus.Rejected, stored.Status);
        Assert.Equal("培训平台网址无法访问。", entry.Reason);
        Assert.Equal(BinhaiReviewer.UserId, entry.UserId);
    }

    [Theory]
    [InlineData(PlanReviewAction.Returned, null)]
    [InlineData(PlanReviewAction.Returned, "   ")]
    [InlineData(PlanReviewAction.Rejected, "")]
    [InlineData(PlanReviewAction.Rejected, "\u200B")]
    public async Task ReturnOrRejectWithoutReasonFails(PlanReviewAction action, string? reason)
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            DecideAsync(plan, action, reason, new ReviewChecklist()));

        Assert.Contains("必须填写原因", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(plan);
    }

    [Fact]
    public async Task ReasonLongerThanMaximumFails()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await Assert.ThrowsAsync<DomainException>(() => DecideAsync(plan, PlanReviewAction.Rejected,
            new string('长', PlanDecisionService.MaxReasonLength + 1), new ReviewChecklist()));

        await AssertUnchangedAsync(plan);
    }

    [Fact]
    public async Task ApproveWithIncompleteChecklistFails()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        var error = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(plan, PlanReviewAction.Approved, null,
            CompleteChecklist() with { TraineesEligible = false }));

        Assert.Contains("逐项确认", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(plan);
    }

    [Fact]
    public async Task PlatformVerifiedWithoutCheckMethodFails()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        var error = await Assert.ThrowsAsync<DomainException>(() => DecideAsync(plan, PlanReviewAction.Returned,
            "请补充学员名单。", new ReviewChecklist { PlatformVerified = true, PlatformCheckMethod = "  " }));

        Assert.Contains("核验方式", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(plan);
    }

    [Fact]
    public async Task DecidingPlanNotAwaitingReviewFails()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        await DecideAsync(plan, PlanReviewAction.Approved, null, CompleteChecklist());
        var approved = await LoadAsync(plan.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            DecideAsync(approved, PlanReviewAction.Rejected, "重复审核。", new ReviewChecklist()));

        Assert.Contains("只有待审核的计划", error.Message, StringComparison.Ordinal);
        Assert.IsNotType<ConcurrencyConflictException>(error);
        Assert.Equal(PlanStatus.Approved, (await LoadAsync(plan.Id)).Status);
    }

    [Fact]
    public async Task DecidingDraftFails()
    {
        var draft = await _data.AddPlanAsync(_enterprise, "PX120116-000001", submit: false);

        await Assert.ThrowsAsync<DomainException>(() =>
            DecideAsync(draft, PlanReviewAction.Approved, null, CompleteChecklist()));

        Assert.Equal(PlanStatus.Draft, (await LoadAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task OtherDistrictReviewerIsDenied()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            DecideAsync(plan, PlanReviewAction.Approved, null, CompleteChecklist(), HepingReviewer));

        await AssertUnchangedAsync(plan);
    }

    [Fact]
    public async Task CityAdminFinanceAndEnterpriseAreDenied()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        foreach (var scope in new[] { CityAdmin, BinhaiFinance, EnterpriseUserOf(_enterprise) })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() =>
                DecideAsync(plan, PlanReviewAction.Approved, null, CompleteChecklist(), scope));
        }

        await AssertUnchangedAsync(plan);
    }

    [Fact]
    public async Task StaleVersionIsConflictAndKeepsFirstDecision()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        var detail = _data.DetailService();
        var firstView = await detail.GetAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var secondView = await detail.GetAsync(SecondBinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);
        var decisions = _data.DecisionService();

        await decisions.DecideAsync(BinhaiReviewer,
            new PlanDecision(plan.Id, firstView!.Version, PlanReviewAction.Approved, null, CompleteChecklist()),
            TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => decisions.DecideAsync(
            SecondBinhaiReviewer,
            new PlanDecision(plan.Id, secondView!.Version, PlanReviewAction.Rejected, "平台不可用。", new ReviewChecklist()),
            TestContext.Current.CancellationToken));

        Assert.Equal(PlanDecisionService.ConflictMessage, error.Message);
        await AssertFirstDecisionKeptAsync(plan.Id);
    }

    [Fact]
    public async Task ConcurrentSaveIsConflictAndKeepsFirstDecision()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        var factory = new InterleavingDbContextFactory(_database);
        var slowReviewer = new PlanDecisionService(factory, _database.Clock,
            new Core.Auditing.AuditTrail(_database, _database.Clock, NullLogger<Core.Auditing.AuditTrail>.Instance),
            NullLogger<PlanDecisionService>.Instance);

        // The first reviewer saves after the second has loaded and checked the plan but before the second's UPDATE.
        factory.BeforeNextSave = () => _data.DecisionService().DecideAsync(BinhaiReviewer,
            new PlanDecision(plan.Id, plan.Version, PlanReviewAction.Approved, null, CompleteChecklist()),
            TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => slowReviewer.DecideAsync(
            SecondBinhaiReviewer,
            new PlanDecision(plan.Id, plan.Version, PlanReviewAction.Rejected, "平台不可用。", new ReviewChecklist()),
            TestContext.Current.CancellationToken));

        Assert.Null(factory.BeforeNextSave);
        Assert.Equal(PlanDecisionService.ConflictMessage, error.Message);
        await AssertFirstDecisionKeptAsync(plan.Id);
    }

    [Fact]
    public async Task DecisionUsesReviewerDisplayNameWhenKnown()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.Users.Add(new Core.Identity.ApplicationUser
            {
                Id = BinhaiReviewer.UserId,
                UserName = BinhaiReviewer.UserName,
                DisplayName = "滨海新区审核员",
                DistrictCode = Binhai,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        await DecideAsync(plan, PlanReviewAction.Approved, null, CompleteChecklist());

        var entry = (await LoadAsync(plan.Id)).Reviews.Single(r => r.Action == PlanReviewAction.Approved);
        Assert.Equal("滨海新区审核员", entry.UserDisplayName);
    }

    private Task DecideAsync(
        TrainingPlan plan,
        PlanReviewAction action,
        string? reason,
        ReviewChecklist checklist,
        Core.Identity.UserScope? scope = null) =>
        _data.DecisionService().DecideAsync(
            scope ?? BinhaiReviewer,
            new PlanDecision(plan.Id, plan.Version, action, reason, checklist),
            TestContext.Current.CancellationToken);

    private async Task<TrainingPlan> LoadAsync(int planId)
    {
        await using var db = _database.CreateDbContext();
        return await db.TrainingPlans.AsNoTracking()
            .Include(plan => plan.Reviews)
            .SingleAsync(plan => plan.Id == planId, TestContext.Current.CancellationToken);
    }

    private async Task AssertUnchangedAsync(TrainingPlan plan)
    {
        var stored = await LoadAsync(plan.Id);
        Assert.Equal(PlanStatus.Submitted, stored.Status);
        Assert.Equal(plan.Version, stored.Version);
        Assert.Equal(PlanReviewAction.Submitted, Assert.Single(stored.Reviews).Action);
    }

    private async Task AssertFirstDecisionKeptAsync(int planId)
    {
        var stored = await LoadAsync(planId);
        Assert.Equal(PlanStatus.Approved, stored.Status);
        Assert.Equal(
            [PlanReviewAction.Submitted, PlanReviewAction.Approved],
            stored.Reviews.OrderBy(review => review.Id).Select(review => review.Action));
        Assert.Equal(BinhaiReviewer.UserId, stored.Reviews.Single(r => r.Action == PlanReviewAction.Approved).UserId);
    }
}
