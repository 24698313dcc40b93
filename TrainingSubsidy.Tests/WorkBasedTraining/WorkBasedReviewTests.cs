using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Documents;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

public sealed class WorkBasedReviewTests
{
    private static readonly Dictionary<int, string> NoExclusions = [];

    [Fact]
    public async Task ApprovalUsesPolicyOfApprovalDay()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise,
            WorkBasedTestContext.Worker("李四", "2020-02", "2020-03"), WorkBasedTestContext.Worker("王五", "2020-03"));
        await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken);
        await context.SetEpidemicEndAsync(WorkBasedTestContext.EpidemicEnd, new DateOnly(2020, 6, 15), 1200m);
        context.Database.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 16, 1, 0, 0, TimeSpan.Zero));
        var detail = await context.Reviews.GetAsync(WorkBasedTestContext.Reviewer(), id, TestContext.Current.CancellationToken);
        var excluded = detail.Application.Workers.Single(w => w.Name == "王五").Months.Single().Id;

        await context.Reviews.DecideAsync(WorkBasedTestContext.Reviewer(), new WorkBasedDecision(id,
            detail.Application.Version, WorkBasedDecisionAction.Approve, null,
            new Dictionary<int, string> { [excluded] = "工资佐证无职工签字" }), TestContext.Current.CancellationToken);

        await using var db = context.Database.CreateDbContext();
        var award = await db.Awards.Include(a => a.Lines)
            .SingleAsync(a => a.SourceId == id, TestContext.Current.CancellationToken);
        Assert.Equal(Programme.WorkBasedTraining, award.Programme);
        Assert.Equal(2, award.Quantity);
        Assert.Equal(Money.FromYuan(2400), award.Amount);
        Assert.All(award.Lines, line => Assert.Equal("李四", line.PersonName));
        Assert.Equal(2, await db.WorkerMonthSlots.CountAsync(s => s.ApplicationId == id && s.IsPayable, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StaleVersionIsConflict()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken);
        var detail = await context.Reviews.GetAsync(WorkBasedTestContext.Reviewer(), id, TestContext.Current.CancellationToken);
        await context.Reviews.DecideAsync(WorkBasedTestContext.Reviewer(), new WorkBasedDecision(id,
            detail.Application.Version, WorkBasedDecisionAction.Return, "请补充工资清单签字", NoExclusions), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => context.Reviews.DecideAsync(
            WorkBasedTestContext.Reviewer(), new WorkBasedDecision(id, detail.Application.Version,
                WorkBasedDecisionAction.Reject, "重复", NoExclusions), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RejectionNeedsReasonAndFreesSlots()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken);
        var version = (await context.Reviews.GetAsync(WorkBasedTestContext.Reviewer(), id, TestContext.Current.CancellationToken)).Application.Version;

        await Assert.ThrowsAsync<DomainException>(() => context.Reviews.DecideAsync(WorkBasedTestContext.Reviewer(),
            new WorkBasedDecision(id, version, WorkBasedDecisionAction.Reject, " ", NoExclusions), TestContext.Current.CancellationToken));
        await context.Reviews.DecideAsync(WorkBasedTestContext.Reviewer(),
            new WorkBasedDecision(id, version, WorkBasedDecisionAction.Reject, "非技能岗位", NoExclusions), TestContext.Current.CancellationToken);

        await using var db = context.Database.CreateDbContext();
        Assert.Equal(0, await db.WorkerMonthSlots.CountAsync(s => s.ApplicationId == id && s.IsPayable, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OtherDistrictAndEnterpriseAreDenied()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var other = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Applications.GetAsync(WorkBasedTestContext.EnterpriseUser(other), id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(other), id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Reviews.GetAsync(WorkBasedTestContext.Reviewer("120101"), id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Reviews.ListAsync(WorkBasedTestContext.EnterpriseUser(enterprise), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FormPdfContainsApplication()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("欧阳春燕", "2020-02"));

        var (outcome, pdf, _) = await context.Forms.GenerateAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken);

        Assert.Equal(FileDownloadOutcome.Allowed, outcome);
        var text = string.Concat(PdfText.Pages(pdf!));
        Assert.Contains(PdfText.Compact(enterprise.Name), text, StringComparison.Ordinal);
        Assert.Contains("欧阳春燕", text, StringComparison.Ordinal);
        Assert.Contains("未以现金发放作为申请依据", text, StringComparison.Ordinal);
        Assert.Contains("法定代表人（签字）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FormDownloadRuleAllowsOnlyReaders()
    {
        var application = new WorkBasedTrainingApplication(7, "120116", "YG-TEST", DateTimeOffset.UnixEpoch);
        static Core.Identity.UserScope Scope(string role, int? enterpriseId, string? district) =>
            new("u", "u", role, enterpriseId, district);

        Assert.Equal(FileDownloadOutcome.Allowed, ApplicationFormService.Evaluate(Scope("EnterpriseUser", 7, null), application));
        Assert.Equal(FileDownloadOutcome.Forbidden, ApplicationFormService.Evaluate(Scope("EnterpriseUser", 8, null), application));
        Assert.Equal(FileDownloadOutcome.Allowed, ApplicationFormService.Evaluate(Scope("DistrictReviewer", null, "120116"), application));
        Assert.Equal(FileDownloadOutcome.Forbidden, ApplicationFormService.Evaluate(Scope("DistrictReviewer", null, "120101"), application));
        Assert.Equal(FileDownloadOutcome.Forbidden, ApplicationFormService.Evaluate(Scope("CityAdmin", null, null), application));
        Assert.Equal(FileDownloadOutcome.NotFound, ApplicationFormService.Evaluate(Scope("EnterpriseUser", 7, null), null));
    }
}
