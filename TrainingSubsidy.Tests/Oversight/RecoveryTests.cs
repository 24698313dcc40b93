using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Oversight;

public sealed class RecoveryTests
{
    private static readonly UserScope BinhaiReviewer = new("r1", "reviewer.binhai", Roles.DistrictReviewer, null, "120116");
    private static readonly UserScope HepingFinance = new("f2", "finance.heping", Roles.DistrictFinance, null, "120101");

    [Fact]
    public async Task ReceiptsMoveStatusToRecovered()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await AddAwardAsync(database, AwardStatus.Paid, 3);
        var service = Create(database);

        var (errors, orderId) = await service.CreateAsync(BinhaiReviewer, Request(award.Id, 1800m), TestContext.Current.CancellationToken);
        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        await service.RecordReceiptAsync(BinhaiReviewer, orderId!.Value, 1000m, new DateOnly(2020, 3, 10), "第一笔",
            TestContext.Current.CancellationToken);

        var partly = (await service.ListAsync(BinhaiReviewer, TestContext.Current.CancellationToken)).Single();
        Assert.Equal(RecoveryStatus.PartlyRecovered, partly.Status);
        Assert.Equal(Money.FromYuan(800), partly.Outstanding);

        await service.RecordReceiptAsync(BinhaiReviewer, orderId.Value, 800m, new DateOnly(2020, 3, 20), null,
            TestContext.Current.CancellationToken);
        var done = (await service.ListAsync(BinhaiReviewer, TestContext.Current.CancellationToken)).Single();
        Assert.Equal(RecoveryStatus.Recovered, done.Status);
    }

    [Fact]
    public async Task OverpaymentReceiptIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await AddAwardAsync(database, AwardStatus.Paid, 1);
        var service = Create(database);
        var (_, orderId) = await service.CreateAsync(BinhaiReviewer, Request(award.Id, 600m), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<DomainException>(() => service.RecordReceiptAsync(BinhaiReviewer, orderId!.Value, 600.01m,
            new DateOnly(2020, 3, 10), null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AmountAbovePaidIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await AddAwardAsync(database, AwardStatus.Paid, 2);
        var service = Create(database);
        await service.CreateAsync(BinhaiReviewer, Request(award.Id, 1000m), TestContext.Current.CancellationToken);

        var (errors, orderId) = await service.CreateAsync(BinhaiReviewer, Request(award.Id, 300m), TestContext.Current.CancellationToken);

        Assert.Null(orderId);
        Assert.Contains(errors.All, m => m.Contains("超过", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnpaidAwardCannotBeRecovered()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await AddAwardAsync(database, AwardStatus.InNotice, 1);

        var (errors, orderId) = await Create(database).CreateAsync(BinhaiReviewer, Request(award.Id, 600m),
            TestContext.Current.CancellationToken);

        Assert.Null(orderId);
        Assert.Contains(errors.All, m => m.Contains("尚未拨付", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmedFraudAlsoBlacklists()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await AddAwardAsync(database, AwardStatus.Paid, 1);
        var request = Request(award.Id, 600m);
        request.AlsoBlacklist = true;

        await Create(database).CreateAsync(BinhaiReviewer, request, TestContext.Current.CancellationToken);

        var blacklist = new BlacklistService(database, Audit(database), database.Clock);
        Assert.NotNull(await blacklist.FindActiveAsync(award.EnterpriseId, TestContext.Current.CancellationToken));
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.RecoveryOrders.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OtherDistrictCannotRecover()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await AddAwardAsync(database, AwardStatus.Paid, 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).CreateAsync(HepingFinance, Request(award.Id, 600m), TestContext.Current.CancellationToken));
    }

    /// <summary>Walks a new award through notice and payout to the wanted status, as the real workflow does.</summary>
    private static void MoveTo(Award award, AwardStatus status, DateOnly paidOn)
    {
        if (status == AwardStatus.InNotice)
        {
            return;
        }

        award.StartNotice(new DateOnly(2020, 3, 3), new DateOnly(2020, 3, 9));
        award.TryEndNotice(new DateOnly(2020, 3, 10));
        if (status == AwardStatus.Payable)
        {
            return;
        }

        award.AddToBatch(1);
        award.MarkSent();
        award.MarkPaid(paidOn);
    }

    internal static async Task<Award> AddAwardAsync(TestDatabase database, AwardStatus status, int trainees,
        DateOnly? paidOn = null)
    {
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        await using var db = database.CreateDbContext();
        var lines = Enumerable.Range(1, trainees)
            .Select(i => new AwardLine($"学员{i}", Validation.ResidentIdNumberTests.Generate(new Random(i)), null, null, Money.FromYuan(600)));
        var award = new Award(Programme.OnlineTraining, enterprise.Id * 100 + trainees, $"BT-{enterprise.Id}", enterprise.Id,
            enterprise.DistrictCode, "reviewer-x", database.Clock.GetUtcNow(), lines);
        MoveTo(award, status, paidOn ?? new DateOnly(2020, 3, 2));
        db.Awards.Add(award);
        await db.SaveChangesAsync();
        return award;
    }

    private static AuditTrail Audit(TestDatabase database) => new(database, database.Clock, NullLogger<AuditTrail>.Instance);

    private static RecoveryService Create(TestDatabase database) => new(database, Audit(database), database.Clock);

    private static RecoveryRequest Request(int awardId, decimal amount) => new()
    {
        AwardId = awardId,
        AmountYuan = amount,
        Reason = "抽查发现虚报参训人员",
        DueDate = new DateOnly(2020, 4, 30),
    };
}
