using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Administration;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Administration;

public sealed class OccupationImportTests
{
    private static readonly UserScope Admin = new("admin-id", "admin", Roles.CityAdmin, null, null);

    [Fact]
    public async Task ValidSheetAddsAndUpdates()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sheet = Workbook(("4-99-02-01", "天津培训包工种甲", "是"), ("3-01-01-01", "改名后的职业", "是"));

        var result = await Create(database).ImportAsync(Admin, sheet, TestContext.Current.CancellationToken);

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Added);
        Assert.Equal(1, result.Updated);
        await using var db = database.CreateDbContext();
        var updated = await db.Occupations.SingleAsync(o => o.Code == "3-01-01-01", TestContext.Current.CancellationToken);
        Assert.True(updated.IsSkillType);
        Assert.Equal("改名后的职业", updated.Name);
    }

    [Fact]
    public async Task BadRowSavesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sheet = Workbook(("4-99-02-01", "天津培训包工种甲", "是"), ("499", "错误代码", "也许"));

        var result = await Create(database).ImportAsync(Admin, sheet, TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == OccupationImport.CodeHeader);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == OccupationImport.SkillHeader && e.Value == "也许");
        await using var db = database.CreateDbContext();
        Assert.False(await db.Occupations.AnyAsync(o => o.Code == "4-99-02-01", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NonWorkbookIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await Create(database).ImportAsync(Admin, "code,name"u8.ToArray(), TestContext.Current.CancellationToken);

        Assert.Contains("xlsx", result.Errors.Single().Reason, StringComparison.Ordinal);
    }

    private static OccupationImport Create(TestDatabase database) =>
        new(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance));

    private static byte[] Workbook(params (string Code, string Name, string Skill)[] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("职业");
        sheet.Cell(1, 1).Value = OccupationImport.CodeHeader;
        sheet.Cell(1, 2).Value = OccupationImport.NameHeader;
        sheet.Cell(1, 3).Value = OccupationImport.SkillHeader;
        for (var i = 0; i < rows.Length; i++)
        {
            sheet.Cell(i + 2, 1).SetValue(rows[i].Code);
            sheet.Cell(i + 2, 2).SetValue(rows[i].Name);
            sheet.Cell(i + 2, 3).SetValue(rows[i].Skill);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
