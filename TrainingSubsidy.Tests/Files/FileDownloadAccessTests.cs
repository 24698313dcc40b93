using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Tests.OnlineTraining.Review;
using TrainingSubsidy.Tests.Support;
using static TrainingSubsidy.Tests.OnlineTraining.Review.ReviewTestData;

namespace TrainingSubsidy.Tests.Files;

public sealed class FileDownloadAccessTests
{
    private const int OwnerEnterpriseId = 7;

    public static TheoryData<string, UserScope, FileDownloadOutcome> Cases => new()
    {
        { "owning enterprise", new UserScope("e1", "enterprise.a", Roles.EnterpriseUser, OwnerEnterpriseId, null),
            FileDownloadOutcome.Allowed },
        { "other enterprise", new UserScope("e2", "enterprise.b", Roles.EnterpriseUser, OwnerEnterpriseId + 1, null),
            FileDownloadOutcome.Forbidden },
        { "enterprise user without enterprise", new UserScope("e3", "enterprise.c", Roles.EnterpriseUser, null, null),
            FileDownloadOutcome.Forbidden },
        { "reviewer of the district", BinhaiReviewer, FileDownloadOutcome.Allowed },
        { "finance of the district", BinhaiFinance, FileDownloadOutcome.Allowed },
        { "reviewer of another district", HepingReviewer, FileDownloadOutcome.Forbidden },
        { "city administrator", CityAdmin, FileDownloadOutcome.Forbidden },
        { "unknown role", new UserScope("x", "x", "Guest", OwnerEnterpriseId, Binhai), FileDownloadOutcome.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EvaluateAppliesOwnerAndDistrictRule(string caseName, UserScope scope, FileDownloadOutcome expected)
    {
        var outcome = FileDownloadAccess.Evaluate(scope, NewFile(OwnerEnterpriseId), Binhai);

        Assert.True(expected == outcome, $"{caseName}: expected {expected}, got {outcome}");
    }

    [Fact]
    public void EvaluateMissingFileIsNotFound()
    {
        Assert.Equal(FileDownloadOutcome.NotFound, FileDownloadAccess.Evaluate(BinhaiReviewer, null, null));
    }

    [Fact]
    public void EvaluateRemovedFileIsNotFound()
    {
        var file = NewFile(OwnerEnterpriseId);
        file.MarkRemoved("e1", DateTimeOffset.UnixEpoch);

        Assert.Equal(FileDownloadOutcome.NotFound, FileDownloadAccess.Evaluate(BinhaiReviewer, file, Binhai));
    }

    [Fact]
    public void EvaluateFileWithoutEnterpriseIsForbidden()
    {
        Assert.Equal(FileDownloadOutcome.Forbidden, FileDownloadAccess.Evaluate(BinhaiReviewer, NewFile(null), null));
    }

    [Fact]
    public async Task FindUsesEnterpriseDistrictFromDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        var data = new ReviewTestData(database);
        var enterprise = await data.AddEnterpriseAsync("滨海钢结构有限公司", Binhai);
        var plan = await data.AddPlanAsync(enterprise, "PX120116-000001");
        var access = new FileDownloadAccess(database);
        var fileId = plan.SignedLetterFileId!.Value;
        var cancellationToken = TestContext.Current.CancellationToken;

        var reviewer = await access.FindAsync(BinhaiReviewer, fileId, cancellationToken);
        var owner = await access.FindAsync(EnterpriseUserOf(enterprise), fileId, cancellationToken);
        var otherDistrict = await access.FindAsync(HepingReviewer, fileId, cancellationToken);
        var missing = await access.FindAsync(BinhaiReviewer, fileId + 1000, cancellationToken);

        Assert.Equal(FileDownloadOutcome.Allowed, reviewer.Outcome);
        Assert.Equal(fileId, reviewer.File?.Id);
        Assert.Equal(FileDownloadOutcome.Allowed, owner.Outcome);
        Assert.Equal(FileDownloadOutcome.Forbidden, otherDistrict.Outcome);
        Assert.Null(otherDistrict.File);
        Assert.Equal(FileDownloadOutcome.NotFound, missing.Outcome);
    }

    private static StoredFile NewFile(int? enterpriseId) =>
        new("0123456789abcdef0123456789abcdef", "承诺书.pdf", FileKind.Pdf, FilePurpose.CommitmentLetterScan, 10,
            new string('0', 64), enterpriseId, "e1", DateTimeOffset.UnixEpoch);
}
