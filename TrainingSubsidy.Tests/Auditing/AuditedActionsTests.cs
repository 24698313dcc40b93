using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Tests.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Auditing;

public sealed class AuditedActionsTests
{
    [Fact]
    public async Task ReviewDecisionWritesEntry()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new ReviewTestData(database);
        var enterprise = await data.AddEnterpriseAsync("滨海审计测试有限公司", ReviewTestData.Binhai);
        var plan = await data.AddPlanAsync(enterprise, "PX120116-000901");

        await data.DecisionService().DecideAsync(ReviewTestData.BinhaiReviewer,
            new PlanDecision(plan.Id, plan.Version, PlanReviewAction.Returned, "请补充平台账号", ReviewTestData.CompleteChecklist()),
            TestContext.Current.CancellationToken);

        var entry = await SingleEntryAsync(database, AuditActions.PlanDecided);
        Assert.Equal(ReviewTestData.BinhaiReviewer.UserName, entry.UserName);
        Assert.Contains("请补充平台账号", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraineeRevealWritesEntryWithoutIdNumber()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new ReviewTestData(database);
        var enterprise = await data.AddEnterpriseAsync("滨海审计测试有限公司", ReviewTestData.Binhai);
        var plan = await data.AddPlanAsync(enterprise, "PX120116-000901");
        var trainee = plan.Trainees.First();

        var identity = await data.RevealService().RevealTraineeAsync(ReviewTestData.BinhaiReviewer, plan.Id, trainee.Id,
            TestContext.Current.CancellationToken);

        var entry = await SingleEntryAsync(database, AuditActions.PersonalDataShown);
        Assert.Equal(trainee.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.ItemId);
        Assert.DoesNotContain(identity.IdNumber, entry.Details ?? string.Empty, StringComparison.Ordinal);
    }

    private static async Task<AuditEntry> SingleEntryAsync(TestDatabase database, string action)
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.SingleAsync(e => e.Action == action, TestContext.Current.CancellationToken);
    }
}
