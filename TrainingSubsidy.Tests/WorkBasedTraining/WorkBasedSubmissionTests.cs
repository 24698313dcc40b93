using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

public sealed class WorkBasedSubmissionTests
{
    [Fact]
    public async Task SubmissionBeforeEndIsRejected()
    {
        await using var context = await WorkBasedTestContext.CreateAsync(open: false);
        await context.SetEpidemicEndAsync(WorkBasedTestContext.EpidemicEnd, new DateOnly(2020, 3, 2));
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        context.Database.Clock.SetUtcNow(new DateTimeOffset(2020, 5, 31, 1, 0, 0, TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken));

        Assert.Contains("2020-06-01起开放申请", error.Message, StringComparison.Ordinal);
        context.Database.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 1, 1, 0, 0, TimeSpan.Zero));
        await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task MonthWithoutProofIsRejected()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var scope = WorkBasedTestContext.EnterpriseUser(enterprise);
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        await context.Applications.AddWorkerAsync(scope, id, WorkBasedTestContext.Worker("王五", "2020-02", "2020-04"), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DomainException>(() => context.Submissions.SubmitAsync(scope, id, TestContext.Current.CancellationToken));

        Assert.Contains("没有上传工资发放佐证，不能申请：2020-04", error.Message, StringComparison.Ordinal);
        var saved = await context.Applications.GetAsync(scope, id, TestContext.Current.CancellationToken);
        Assert.Equal(WorkBasedApplicationStatus.Draft, saved.Status);
    }

    [Fact]
    public async Task UnlistedEnterpriseCannotApply()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync(listed: false);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            context.Applications.CreateDraftAsync(WorkBasedTestContext.EnterpriseUser(enterprise), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CapHoldsAcrossTwoApplications()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var idNumber = ResidentIdNumberTests.WithCheck("12011619900101123");
        var first = await context.AddProducerAsync();
        var second = await context.AddProducerAsync();
        var firstId = await context.AddCompleteDraftAsync(first,
            WorkBasedTestContext.WorkerWithId("赵六", idNumber, "2020-02", "2020-03"));
        var secondId = await context.AddCompleteDraftAsync(second,
            WorkBasedTestContext.WorkerWithId("赵六", idNumber, "2020-04", "2020-05"));
        await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(first), firstId, TestContext.Current.CancellationToken);

        var elsewhere = await context.Applications.CountMonthsElsewhereAsync(
            WorkBasedTestContext.EnterpriseUser(second), secondId, TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(second), secondId, TestContext.Current.CancellationToken));

        Assert.Equal(2, elsewhere[idNumber]);
        Assert.Contains("最多3个月", error.Message, StringComparison.Ordinal);
        await using var db = context.Database.CreateDbContext();
        Assert.Equal(2, await db.WorkerMonthSlots.CountAsync(s => s.IdNumber == idNumber && s.IsPayable, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SameMonthTwiceIsRejected()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var idNumber = ResidentIdNumberTests.WithCheck("12011619900101123");
        var first = await context.AddProducerAsync();
        var second = await context.AddProducerAsync();
        var firstId = await context.AddCompleteDraftAsync(first, WorkBasedTestContext.WorkerWithId("赵六", idNumber, "2020-02"));
        var secondId = await context.AddCompleteDraftAsync(second, WorkBasedTestContext.WorkerWithId("赵六", idNumber, "2020-02"));
        await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(first), firstId, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(second), secondId, TestContext.Current.CancellationToken));

        Assert.Contains("同一职工同一月份全市只能申请一次", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParallelSubmissionsKeepThreeMonths()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var idNumber = ResidentIdNumberTests.WithCheck("12011619900101123");
        string[] months = ["2020-02", "2020-03", "2020-04", "2020-05", "2020-01"];
        var drafts = new List<(Core.Enterprises.Enterprise Enterprise, int Id)>();
        foreach (var month in months)
        {
            var enterprise = await context.AddProducerAsync();
            drafts.Add((enterprise, await context.AddCompleteDraftAsync(enterprise,
                WorkBasedTestContext.WorkerWithId("赵六", idNumber, month))));
        }

        var results = await Task.WhenAll(drafts.Select(draft => Task.Run(async () =>
        {
            try
            {
                await context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(draft.Enterprise), draft.Id);
                return true;
            }
            catch (DomainException)
            {
                return false;
            }
        })));

        Assert.Equal(3, results.Count(succeeded => succeeded));
        await using var db = context.Database.CreateDbContext();
        var slots = await db.WorkerMonthSlots.Where(s => s.IdNumber == idNumber && s.IsPayable)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, slots.Count);
        Assert.Equal([1, 2, 3], slots.Select(s => s.Slot).Order());
        Assert.Equal(3, await db.WorkBasedApplications.CountAsync(a => a.Status == WorkBasedApplicationStatus.Submitted, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DatabaseRejectsFourthSlot()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        await using var db = context.Database.CreateDbContext();

        db.WorkerMonthSlots.Add(new WorkerMonthSlot("120116199001011234", "2020-02", 4, id, 1));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.True(WorkerMonthSlotService.IsCapViolation(error));
    }

    [Fact]
    public async Task DatabaseRejectsSlotTakenTwice()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        await using var db = context.Database.CreateDbContext();
        db.WorkerMonthSlots.Add(new WorkerMonthSlot("120116199001011234", "2020-02", 1, id, 1));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        db.WorkerMonthSlots.Add(new WorkerMonthSlot("120116199001011234", "2020-03", 1, id, 2));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() =>
            db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.True(WorkerMonthSlotService.IsCapViolation(error));
    }

    [Fact]
    public async Task BlacklistedEnterpriseCannotSubmit()
    {
        await using var context = await WorkBasedTestContext.CreateAsync();
        var enterprise = await context.AddProducerAsync();
        var id = await context.AddCompleteDraftAsync(enterprise, WorkBasedTestContext.Worker("李四", "2020-02"));
        await context.Blacklist.AddAsync(WorkBasedTestContext.Admin, new Core.Oversight.BlacklistRequest
        {
            EnterpriseId = enterprise.Id, Reason = "虚报职工骗取补贴", StartDate = new DateOnly(2020, 6, 1),
        }, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            context.Submissions.SubmitAsync(WorkBasedTestContext.EnterpriseUser(enterprise), id, TestContext.Current.CancellationToken));

        Assert.Contains("黑名单", error.Message, StringComparison.Ordinal);
    }
}
