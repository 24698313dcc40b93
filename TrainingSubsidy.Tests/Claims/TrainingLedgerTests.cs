using ClosedXML.Excel;
using TrainingSubsidy.Core.Claims;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Claims;

public sealed class TrainingLedgerTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ClaimTestData _data = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ClaimTestData(_database);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LedgerListsTraineesWithClaimAndPayment()
    {
        var enterprise = await _data.AddEnterpriseAsync();
        var ids = new[] { _data.NewIdNumber(), _data.NewIdNumber() };
        var plan = await _data.AddPlanAsync(enterprise, ids);
        await _data.AddLearningAsync(plan, [(16m, 4m), (10m, 4m)]);
        _data.SetToday(new DateOnly(2020, 4, 29));
        await _data.ApproveAsync(await _data.SubmitAsync(enterprise, plan));
        var service = new TrainingLedgerService(_database, _data.Audit());

        var content = await service.ExportAsync(ClaimTestData.EnterpriseUser(enterprise), Token);

        using var workbook = new XLWorkbook(new MemoryStream(content));
        var trainees = workbook.Worksheet("参训职工");
        Assert.Equal(plan.PlanNumber, workbook.Worksheet("培训计划").Cell(2, 1).GetString());
        Assert.Equal(2, workbook.Worksheet("课程").LastRowUsed().RowNumber() - 1);
        Assert.Equal(ids[0], trainees.Cell(2, 3).GetString());
        Assert.Equal(XLDataType.Text, trainees.Cell(2, 3).DataType);
        Assert.Equal("20", trainees.Cell(2, 6).GetString());
        Assert.Equal("已通过", trainees.Cell(2, 8).GetString());
        Assert.Equal("是", trainees.Cell(2, 9).GetString());
        Assert.Equal(600m, trainees.Cell(2, 11).GetValue<decimal>());
        Assert.Equal("公示中", trainees.Cell(2, 12).GetString());
        Assert.Equal("否", trainees.Cell(3, 9).GetString());
        Assert.Equal("学习课时不足：已完成14课时，需完成20课时", trainees.Cell(3, 10).GetString());
        Assert.Equal(0m, trainees.Cell(3, 11).GetValue<decimal>());
    }

    [Fact]
    public async Task OnlyEnterpriseUsersMayExport()
    {
        var service = new TrainingLedgerService(_database, _data.Audit());

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ExportAsync(ClaimTestData.Finance, Token));
    }
}
