using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Administration;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Administration;

public sealed class PolicyAdministrationTests
{
    private static readonly UserScope Admin = new("admin-id", "admin", Roles.CityAdmin, null, null);

    [Fact]
    public async Task NewVersionTakesEffectFromItsDate()
    {
        await using var database = await TestDatabase.CreateAsync();
        var administration = Create(database);
        var draft = await DraftAsync(database, new DateOnly(2020, 4, 1));
        draft.OnlineTrainingAmountPerTrainee = Money.FromYuan(800);

        var errors = await administration.AddVersionAsync(Admin, draft, TestContext.Current.CancellationToken);

        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        await using var db = database.CreateDbContext();
        var before = await PolicyParameterService.FindInForceAsync(db, new DateOnly(2020, 3, 31), TestContext.Current.CancellationToken);
        var after = await PolicyParameterService.FindInForceAsync(db, new DateOnly(2020, 4, 1), TestContext.Current.CancellationToken);
        Assert.Equal(Money.FromYuan(600), before!.OnlineTrainingAmountPerTrainee);
        Assert.Equal(1, before.VersionNumber);
        Assert.Equal(Money.FromYuan(800), after!.OnlineTrainingAmountPerTrainee);
        Assert.Equal(2, after.VersionNumber);
    }

    [Fact]
    public async Task BackdatedVersionIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await DraftAsync(database, new DateOnly(2020, 3, 1));

        var errors = await Create(database).AddVersionAsync(Admin, draft, TestContext.Current.CancellationToken);

        Assert.Contains(errors.For(nameof(PolicyParameters.EffectiveFrom)), m => m.Contains("早于今天", StringComparison.Ordinal));
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.PolicyParameters.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task InvalidNumbersAreRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await DraftAsync(database, new DateOnly(2020, 4, 1));
        draft.GeneralLiteracyMaxShare = 1.5m;
        draft.EpidemicEnd = new DateOnly(2019, 12, 31);
        draft.WorkBasedMaxMonthsPerWorker = 0;

        var errors = await Create(database).AddVersionAsync(Admin, draft, TestContext.Current.CancellationToken);

        Assert.NotEmpty(errors.For(nameof(PolicyParameters.GeneralLiteracyMaxShare)));
        Assert.NotEmpty(errors.For(nameof(PolicyParameters.EpidemicEnd)));
        Assert.NotEmpty(errors.For(nameof(PolicyParameters.WorkBasedMaxMonthsPerWorker)));
    }

    [Fact]
    public async Task ChangeIsAudited()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await DraftAsync(database, new DateOnly(2020, 4, 1));
        draft.EpidemicEnd = new DateOnly(2020, 3, 31);

        await Create(database).AddVersionAsync(Admin, draft, TestContext.Current.CancellationToken);

        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AuditActions.PolicyChanged, entry.Action);
        Assert.Contains("疫情结束", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewerCannotChangePolicy()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await DraftAsync(database, new DateOnly(2020, 4, 1));
        var reviewer = new UserScope("r", "reviewer.binhai", Roles.DistrictReviewer, null, "120116");

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Create(database).AddVersionAsync(reviewer, draft, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CalendarChangeMovesNoticeEnd()
    {
        await using var database = await TestDatabase.CreateAsync();
        var calendar = new CalendarAdministration(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance));

        await calendar.SetDayAsync(Admin, new DateOnly(2020, 3, 4), CalendarDayKind.Holiday, "测试假日",
            TestContext.Current.CancellationToken);

        await using var db = database.CreateDbContext();
        var days = await WorkingDayCalendar.LoadAsync(db, TestContext.Current.CancellationToken);
        Assert.False(days.IsWorkingDay(new DateOnly(2020, 3, 4)));
        Assert.Equal(new DateOnly(2020, 3, 9), days.AddWorkingDays(new DateOnly(2020, 3, 2), 5));
    }

    private static PolicyAdministration Create(TestDatabase database) =>
        new(database, new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance), database.Clock);

    private static async Task<PolicyParameters> DraftAsync(TestDatabase database, DateOnly effectiveFrom)
    {
        await using var db = database.CreateDbContext();
        var current = await PolicyParameterService.FindInForceAsync(db, new DateOnly(2020, 3, 2), TestContext.Current.CancellationToken);
        return current!.CopyAsVersion(0, effectiveFrom, DateTimeOffset.MinValue, string.Empty);
    }
}
