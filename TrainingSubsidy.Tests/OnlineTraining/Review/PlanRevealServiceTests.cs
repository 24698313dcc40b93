using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

public sealed class PlanRevealServiceTests : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ReviewTestData _data = default!;
    private Enterprise _enterprise = default!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _data = new ReviewTestData(_database);
        _enterprise = await _data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PasswordIsStoredEncrypted()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", platformPassword: "Secret#2020");

        Assert.NotNull(plan.PlatformPasswordProtected);
        Assert.DoesNotContain("Secret#2020", plan.PlatformPasswordProtected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordRevealedToSameDistrictReviewer()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", platformPassword: "Secret#2020");

        var password = await _data.RevealService()
            .RevealPlatformPasswordAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);

        Assert.Equal("Secret#2020", password);
    }

    [Fact]
    public async Task PasswordDeniedToEveryoneElse()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", platformPassword: "Secret#2020");
        var service = _data.RevealService();

        foreach (var scope in new[] { HepingReviewer, CityAdmin, BinhaiFinance, EnterpriseUserOf(_enterprise) })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() =>
                service.RevealPlatformPasswordAsync(scope, plan.Id, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task PasswordNullWhenNoneGiven()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");

        var password = await _data.RevealService()
            .RevealPlatformPasswordAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken);

        Assert.Null(password);
    }

    [Fact]
    public async Task PasswordFromOtherKeyRingFailsWithMessage()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", platformPassword: "Secret#2020");
        var otherKeys = new ReviewTestData(_database);

        var error = await Assert.ThrowsAsync<DomainException>(() => otherKeys.RevealService()
            .RevealPlatformPasswordAsync(BinhaiReviewer, plan.Id, TestContext.Current.CancellationToken));

        Assert.Contains("无法解密", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraineeRevealedToSameDistrictReviewer()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001", traineeCount: 2);
        var trainee = plan.Trainees.OrderBy(t => t.SortOrder).Last();

        var identity = await _data.RevealService()
            .RevealTraineeAsync(BinhaiReviewer, plan.Id, trainee.Id, TestContext.Current.CancellationToken);

        Assert.Equal(trainee.IdNumber, identity.IdNumber);
        Assert.Equal(trainee.Name, identity.Name);
        Assert.Equal(trainee.Phone, identity.Phone);
    }

    [Fact]
    public async Task TraineeDeniedToOtherDistrictAndCityAdmin()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        var traineeId = plan.Trainees.First().Id;
        var service = _data.RevealService();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.RevealTraineeAsync(HepingReviewer, plan.Id, traineeId, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.RevealTraineeAsync(CityAdmin, plan.Id, traineeId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TraineeOfAnotherPlanIsNotRevealed()
    {
        var plan = await _data.AddPlanAsync(_enterprise, "PX120116-000001");
        var otherEnterprise = await _data.AddEnterpriseAsync("和平商贸有限公司", Heping);
        var otherPlan = await _data.AddPlanAsync(otherEnterprise, "PX120101-000001");

        await Assert.ThrowsAsync<DomainException>(() => _data.RevealService().RevealTraineeAsync(
            BinhaiReviewer, plan.Id, otherPlan.Trainees.First().Id, TestContext.Current.CancellationToken));
    }
}
