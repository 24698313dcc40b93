using ClosedXML.Excel;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining.SpotChecks;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining;

public sealed class SpotCheckLogExportTests
{
    private static readonly UserScope BinhaiReviewer = new("reviewer", "审核员", Roles.DistrictReviewer, null, "120116");

    [Fact]
    public async Task PlanLogListsChecksAndUncheckedMembers()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        var plan = await PlanBuilder.AddPlanAsync(database, enterprise, 10);
        var spotChecks = new SpotCheckService(database,
            new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance), database.Clock);
        await spotChecks.DrawAsync(BinhaiReviewer, plan.Id, CancellationToken.None);
        var sample = (await spotChecks.GetAsync(BinhaiReviewer, plan.Id, CancellationToken.None)).Sample;
        var errors = await spotChecks.RecordAsync(BinhaiReviewer, plan.Id,
            new SpotCheckEntry(sample[0].TraineeId, SpotCheckMethod.Phone, database.Clock.GetUtcNow(), "13800000001",
                SpotCheckOutcome.DeniedAttendance, "本人称未参加"), CancellationToken.None);
        Assert.True(errors.IsValid);

        var file = await new SpotCheckLogExport(database).ForPlanAsync(BinhaiReviewer, plan.Id, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(sample.Count + 1, sheet.LastRowUsed()!.RowNumber());
        var checkedRow = sheet.RowsUsed().Skip(1).Single(row => row.Cell(11).GetString() == "否认参训");
        Assert.Equal("138****0001", checkedRow.Cell(10).GetString());
        Assert.Equal("争议未处理", checkedRow.Cell(14).GetString());
        Assert.Contains("*", checkedRow.Cell(5).GetString(), StringComparison.Ordinal);
        Assert.Equal(sample.Count - 1, sheet.RowsUsed().Count(row => row.Cell(11).GetString() == "未核查"));
    }

    [Fact]
    public async Task OtherDistrictAndEnterpriseAreDenied()
    {
        await using var database = await TestDatabase.CreateAsync();
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        var plan = await PlanBuilder.AddPlanAsync(database, enterprise, 3);
        var export = new SpotCheckLogExport(database);
        var heping = new UserScope("r2", "审核员", Roles.DistrictReviewer, null, "120101");
        var owner = new UserScope("o", "经办人", Roles.EnterpriseUser, enterprise.Id, null);

        await Assert.ThrowsAsync<AccessDeniedException>(() => export.ForPlanAsync(heping, plan.Id, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => export.ForPlanAsync(owner, plan.Id, CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => export.ForDistrictAsync(owner, CancellationToken.None));
    }

    [Fact]
    public async Task DistrictLogCoversOnlyOwnDistrict()
    {
        await using var database = await TestDatabase.CreateAsync();
        var binhai = await PlanBuilder.AddEnterpriseAsync(database);
        var heping = await PlanBuilder.AddEnterpriseAsync(database, "120101");
        var binhaiPlan = await PlanBuilder.AddPlanAsync(database, binhai, 10);
        var hepingPlan = await PlanBuilder.AddPlanAsync(database, heping, 10);
        var audit = new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance);
        var spotChecks = new SpotCheckService(database, audit, database.Clock);
        await spotChecks.DrawAsync(BinhaiReviewer, binhaiPlan.Id, CancellationToken.None);
        await spotChecks.DrawAsync(new UserScope("r2", "审核员", Roles.DistrictReviewer, null, "120101"), hepingPlan.Id,
            CancellationToken.None);

        var file = await new SpotCheckLogExport(database).ForDistrictAsync(BinhaiReviewer, CancellationToken.None);

        using var workbook = new XLWorkbook(new MemoryStream(file.Content));
        var planNumbers = workbook.Worksheet(1).RowsUsed().Skip(1).Select(row => row.Cell(2).GetString()).Distinct();
        Assert.Equal([binhaiPlan.PlanNumber], planNumbers);
        Assert.Equal("抽查记录-滨海新区.xlsx", file.FileName);
    }
}
