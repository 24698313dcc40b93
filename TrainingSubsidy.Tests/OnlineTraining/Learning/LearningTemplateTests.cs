using ClosedXML.Excel;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;

namespace TrainingSubsidy.Tests.OnlineTraining.Learning;

public sealed class LearningTemplateTests
{
    [Fact]
    public async Task TemplateListsEveryTraineeAndCourse()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(traineeCount: 3);
        var service = new LearningTemplateService(fixture.Database);

        var download = await service.GetAsync(fixture.Owner, fixture.Plan.Id, CancellationToken.None);

        Assert.Equal(PlanAccessDecision.Allowed, download.Decision);
        using var workbook = new XLWorkbook(new MemoryStream(download.Content!));
        var sheet = workbook.Worksheet(LearningColumns.SheetName);
        Assert.Equal(LearningColumns.All, Enumerable.Range(1, 8).Select(column => sheet.Cell(1, column).GetString()));
        Assert.Equal(7, sheet.LastRowUsed()!.RowNumber());
        var idCell = sheet.Cell(2, 2);
        Assert.Equal(XLDataType.Text, idCell.DataType);
        Assert.Equal("@", idCell.Style.NumberFormat.Format);
        Assert.Equal(fixture.Trainee(0).IdNumber, idCell.GetString());
        Assert.Equal(2, sheet.DataValidations.Count());
        Assert.True(workbook.TryGetWorksheet(LearningRecordTemplate.InstructionsSheetName, out _));
    }

    [Fact]
    public async Task FilledTemplateImports()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(traineeCount: 3);
        var service = new LearningTemplateService(fixture.Database);
        var download = await service.GetAsync(fixture.Owner, fixture.Plan.Id, CancellationToken.None);
        using var workbook = new XLWorkbook(new MemoryStream(download.Content!));
        var sheet = workbook.Worksheet(LearningColumns.SheetName);
        for (var row = 2; row <= 7; row++)
        {
            sheet.Cell(row, 4).SetValue($"2020-03-{8 + row:00} 09:00").DataType = XLDataType.Text;
            sheet.Cell(row, 5).SetValue($"2020-03-{8 + row:00} 11:00").DataType = XLDataType.Text;
            sheet.Cell(row, 6).SetValue(2);
            sheet.Cell(row, 7).SetValue(LearningColumns.Completed);
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);

        var result = await fixture.ImportAsync(output.ToArray());

        Assert.Equal(LearningImportOutcome.Imported, result.Outcome);
        Assert.Equal(6, result.ImportedRows);
    }

    [Fact]
    public async Task TemplateOfUnapprovedPlanIsNotBuilt()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(status: PlanStatus.Submitted);
        var service = new LearningTemplateService(fixture.Database);

        var download = await service.GetAsync(fixture.Owner, fixture.Plan.Id, CancellationToken.None);

        Assert.Null(download.Content);
        Assert.Contains("审核通过", download.Message);
    }

    [Fact]
    public async Task DistrictStaffDoNotGetTemplate()
    {
        await using var fixture = await LearningImportFixture.CreateAsync(traineeCount: 3);
        var service = new LearningTemplateService(fixture.Database);
        var reviewer = new UserScope("r", "reviewer", Roles.DistrictReviewer, null, fixture.Plan.DistrictCode);

        var download = await service.GetAsync(reviewer, fixture.Plan.Id, CancellationToken.None);

        Assert.Equal(PlanAccessDecision.Forbidden, download.Decision);
        Assert.Null(download.Content);
    }

    [Fact]
    public async Task TemplateOfMissingPlanIsNotFound()
    {
        await using var fixture = await LearningImportFixture.CreateAsync();
        var service = new LearningTemplateService(fixture.Database);

        var download = await service.GetAsync(fixture.Owner, fixture.Plan.Id + 999, CancellationToken.None);

        Assert.Equal(PlanAccessDecision.NotFound, download.Decision);
    }

    [Theory]
    [InlineData(Roles.EnterpriseUser, 7, null, PlanAccessDecision.Allowed)]
    [InlineData(Roles.EnterpriseUser, 8, null, PlanAccessDecision.Forbidden)]
    [InlineData(Roles.DistrictReviewer, null, "120116", PlanAccessDecision.Allowed)]
    [InlineData(Roles.DistrictFinance, null, "120116", PlanAccessDecision.Allowed)]
    [InlineData(Roles.DistrictReviewer, null, "120101", PlanAccessDecision.Forbidden)]
    [InlineData(Roles.CityAdmin, null, null, PlanAccessDecision.Forbidden)]
    public void AccessRuleAllowsOwnEnterpriseAndDistrict(string role, int? enterpriseId, string? district,
        PlanAccessDecision expected)
    {
        var scope = new UserScope("u", "用户", role, enterpriseId, district);

        Assert.Equal(expected, LearningAccess.Decide(scope, 7, "120116"));
    }

    [Fact]
    public void AccessRuleHandlesAnonymousAndMissingPlan()
    {
        var scope = new UserScope("u", "用户", Roles.EnterpriseUser, 7, null);

        Assert.Equal(PlanAccessDecision.Forbidden, LearningAccess.Decide(null, 7, "120116"));
        Assert.Equal(PlanAccessDecision.NotFound, LearningAccess.Decide(scope, null, null));
    }
}
