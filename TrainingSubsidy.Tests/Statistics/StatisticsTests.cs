using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Statistics;
using TrainingSubsidy.Tests.Oversight;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Statistics;

public sealed class StatisticsTests
{
    private static readonly UserScope Admin = new("admin-id", "admin", Roles.CityAdmin, null, null);
    private static readonly UserScope HepingFinance = new("f", "finance.heping", Roles.DistrictFinance, null, "120101");
    private static readonly UserScope BinhaiReviewer = new("r", "reviewer.binhai", Roles.DistrictReviewer, null, "120116");

    [Fact]
    public async Task PaidAmountsAreNetOfRecoveries()
    {
        await using var database = await TestDatabase.CreateAsync();
        var award = await PaidAwardAsync(database, trainees: 5, paidOn: new DateOnly(2020, 4, 20));
        var recoveries = new RecoveryService(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance),
            database.Clock);
        var (_, orderId) = await recoveries.CreateAsync(BinhaiReviewer,
            new RecoveryRequest { AwardId = award.Id, AmountYuan = 1200m, Reason = "两名学员未参训", DueDate = new DateOnly(2020, 5, 31) },
            TestContext.Current.CancellationToken);
        await recoveries.RecordReceiptAsync(BinhaiReviewer, orderId!.Value, 1200m, new DateOnly(2020, 4, 25), null,
            TestContext.Current.CancellationToken);

        var rows = await new StatisticsService(database).GetAsync(Admin, null, TestContext.Current.CancellationToken);

        var april = rows.Single(r => r.Month == "2020-04" && r.DistrictCode == "120116");
        Assert.Equal(Money.FromYuan(3000), april.OnlinePaid);
        Assert.Equal(Money.FromYuan(1200), april.Recovered);
        Assert.Equal(Money.FromYuan(1800), april.NetPaid);
    }

    [Fact]
    public async Task DistrictSeesOwnFiguresOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        await PaidAwardAsync(database, trainees: 2, paidOn: new DateOnly(2020, 4, 20));

        var heping = await new StatisticsService(database).GetAsync(HepingFinance, "120116", TestContext.Current.CancellationToken);
        var city = await new StatisticsService(database).GetAsync(Admin, null, TestContext.Current.CancellationToken);

        Assert.Empty(heping);
        Assert.NotEmpty(city);
    }

    [Fact]
    public async Task ApprovedPlansAndTraineesCount()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        await PlanBuilder.AddPlanAsync(database, enterprise, 7);

        var rows = await new StatisticsService(database).GetAsync(BinhaiReviewer, null, TestContext.Current.CancellationToken);

        var march = rows.Single(r => r.Month == "2020-03");
        Assert.Equal(1, march.PlansSubmitted);
        Assert.Equal(1, march.PlansApproved);
        Assert.Equal(7, march.TraineesApproved);
    }

    [Fact]
    public async Task EnterpriseCannotReadStatistics()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterpriseUser = new UserScope("e", "enterprise.binhai", Roles.EnterpriseUser, 1, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            new StatisticsService(database).GetAsync(enterpriseUser, null, TestContext.Current.CancellationToken));
    }

    private static async Task<Award> PaidAwardAsync(TestDatabase database, int trainees, DateOnly paidOn)
    {
        return await RecoveryTests.AddAwardAsync(database, AwardStatus.Paid, trainees, paidOn);
    }
}

public sealed class StatisticsWorkbookTests
{
    [Fact]
    public void WorkbookHasRowsAndTotals()
    {
        var row = new MonthlyFigures("120116", "滨海新区", "2020-04")
        {
            PlansApproved = 2,
            OnlinePaid = Money.FromYuan(3000),
            Recovered = Money.FromYuan(1200),
        };

        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(StatisticsWorkbook.Write([row])));
        var sheet = workbook.Worksheet("统计");

        Assert.Equal("滨海新区", sheet.Cell(2, 2).GetString());
        Assert.Equal(3000m, sheet.Cell(2, 7).GetValue<decimal>());
        Assert.Equal(1800m, sheet.Cell(2, 17).GetValue<decimal>());
        Assert.Equal("合计", sheet.Cell(3, 1).GetString());
        Assert.StartsWith("SUM(", sheet.Cell(3, 17).FormulaA1, StringComparison.Ordinal);
    }
}
