using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Administration;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Administration;

public sealed class OccupationAdministrationTests
{
    private static readonly UserScope Admin = new("admin-id", "admin", Roles.CityAdmin, null, null);

    [Fact]
    public async Task NewOccupationIsAdded()
    {
        await using var database = await TestDatabase.CreateAsync();

        var errors = await Create(database).AddAsync(Admin, "４-99-01-01", "天津培训包测试工种", true,
            TestContext.Current.CancellationToken);

        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        await using var db = database.CreateDbContext();
        var occupation = await db.Occupations.SingleAsync(o => o.Code == "4-99-01-01", TestContext.Current.CancellationToken);
        Assert.True(occupation.IsSkillType);
        Assert.Equal(4, occupation.MajorGroupCode);
    }

    [Theory]
    [InlineData("6-18-02-04", "焊工", "已在目录中")]
    [InlineData("61802", "焊工", "格式不正确")]
    [InlineData("9-01-01-01", "不存在的大类", "格式不正确")]
    public async Task BadOccupationIsRejected(string code, string name, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();

        var errors = await Create(database).AddAsync(Admin, code, name, true, TestContext.Current.CancellationToken);

        Assert.Contains(errors.All, message => message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetiredOccupationIsMarked()
    {
        await using var database = await TestDatabase.CreateAsync();
        var administration = Create(database);

        await administration.SetRetiredAsync(Admin, "6-18-02-04", true, TestContext.Current.CancellationToken);
        await administration.SetSkillTypeAsync(Admin, "3-01-01-01", true, TestContext.Current.CancellationToken);

        await using var db = database.CreateDbContext();
        Assert.True((await db.Occupations.SingleAsync(o => o.Code == "6-18-02-04", TestContext.Current.CancellationToken)).IsRetired);
        Assert.True((await db.Occupations.SingleAsync(o => o.Code == "3-01-01-01", TestContext.Current.CancellationToken)).IsSkillType);
        Assert.Equal(2, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReviewerCannotEditCatalogue()
    {
        await using var database = await TestDatabase.CreateAsync();
        var reviewer = new UserScope("r", "reviewer.binhai", Roles.DistrictReviewer, null, "120116");

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).SetRetiredAsync(reviewer, "6-18-02-04", true, TestContext.Current.CancellationToken));
    }

    private static OccupationAdministration Create(TestDatabase database) =>
        new(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance));
}
