using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Files;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Oversight;
using TrainingSubsidy.Core.Reference;
using TrainingSubsidy.Core.WorkBasedTraining;
using TrainingSubsidy.Tests.Support;
using TrainingSubsidy.Tests.Validation;

namespace TrainingSubsidy.Tests.WorkBasedTraining;

/// <summary>
/// A test database with the work-based services, a policy version whose epidemic ended on 2020-05-31, and helpers
/// that build complete applications ready to submit.
/// </summary>
internal sealed class WorkBasedTestContext : IAsyncDisposable
{
    public static readonly DateOnly EpidemicEnd = new(2020, 5, 31);

    private WorkBasedTestContext(TestDatabase database)
    {
        Database = database;
        var audit = new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance);
        Blacklist = new BlacklistService(database, audit, database.Clock);
        Applications = new WorkBasedApplicationService(database, Blacklist, database.Clock,
            NullLogger<WorkBasedApplicationService>.Instance);
        Submissions = new WorkBasedSubmissionService(database, Blacklist, audit, database.Clock,
            NullLogger<WorkBasedSubmissionService>.Instance);
        Reviews = new WorkBasedReviewService(database, audit, database.Clock, NullLogger<WorkBasedReviewService>.Instance);
        Designations = new MedicalProducerListService(database, audit, database.Clock,
            NullLogger<MedicalProducerListService>.Instance);
        Forms = new ApplicationFormService(database, audit, database.Clock);
    }

    public TestDatabase Database { get; }

    public BlacklistService Blacklist { get; }

    public WorkBasedApplicationService Applications { get; }

    public WorkBasedSubmissionService Submissions { get; }

    public WorkBasedReviewService Reviews { get; }

    public MedicalProducerListService Designations { get; }

    public ApplicationFormService Forms { get; }

    public static UserScope Admin { get; } = new("admin-id", "admin", Roles.CityAdmin, null, null);

    public static UserScope Reviewer(string district = "120116") =>
        new($"reviewer-{district}", $"reviewer.{district}", Roles.DistrictReviewer, null, district);

    public static UserScope EnterpriseUser(Enterprise enterprise) =>
        new($"user-{enterprise.Id}", $"enterprise.{enterprise.Id}", Roles.EnterpriseUser, enterprise.Id, null);

    /// <summary>Creates the context with the epidemic end date set and the clock on 2020-06-10, when applications are open.</summary>
    public static async Task<WorkBasedTestContext> CreateAsync(bool open = true)
    {
        var context = new WorkBasedTestContext(await TestDatabase.CreateAsync());
        if (open)
        {
            await context.SetEpidemicEndAsync(EpidemicEnd, new DateOnly(2020, 3, 2));
            context.Database.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 10, 1, 0, 0, TimeSpan.Zero));
        }

        return context;
    }

    /// <summary>Adds a policy version from <paramref name="effectiveFrom"/> with the end date and optional amount.</summary>
    public async Task SetEpidemicEndAsync(DateOnly? end, DateOnly effectiveFrom, decimal? amountPerMonthYuan = null)
    {
        await using var db = Database.CreateDbContext();
        var current = await PolicyParameterService.FindInForceAsync(db, effectiveFrom, CancellationToken.None);
        var version = current!.CopyAsVersion(current.VersionNumber + 1, effectiveFrom, Database.Clock.GetUtcNow(), "test");
        version.EpidemicEnd = end;
        if (amountPerMonthYuan is { } amount)
        {
            version.WorkBasedAmountPerWorkerMonth = Core.Common.Money.FromYuan(amount);
        }

        db.PolicyParameters.Add(version);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds an enterprise in the district, listed as a medical-supplies producer when <paramref name="listed"/> is true.</summary>
    public async Task<Enterprise> AddProducerAsync(string district = "120116", bool listed = true)
    {
        var enterprise = await PlanBuilder.AddEnterpriseAsync(Database, district);
        await using var db = Database.CreateDbContext();
        db.Attach(enterprise);
        enterprise.SetMedicalSuppliesProducer(listed);
        await db.SaveChangesAsync();
        return enterprise;
    }

    /// <summary>Builds a worker input whose gender agrees with a new random ID number.</summary>
    public static WorkerInput Worker(string name, params string[] months) =>
        WorkerWithId(name, ResidentIdNumberTests.Generate(new Random(name.GetHashCode())), months);

    public static WorkerInput WorkerWithId(string name, string idNumber, params string[] months)
    {
        var gender = (idNumber[16] - '0') % 2 == 1 ? "男" : "女";
        return new WorkerInput(name, idNumber, gender, "13812345678", "新入职", new DateOnly(2020, 1, 20), "口罩生产线操作工",
            months.Select(month => new WorkerMonthInput(month, 3200m)).ToList());
    }

    /// <summary>Creates a draft with the applicant, the workers, every document and proof for every month.</summary>
    public async Task<int> AddCompleteDraftAsync(Enterprise enterprise, params WorkerInput[] workers)
    {
        var scope = EnterpriseUser(enterprise);
        var id = await Applications.CreateDraftAsync(scope);
        var errors = await Applications.SaveApplicantAsync(scope, id, "刘建华",
            ResidentIdNumberTests.WithCheck("12011619700101123"), "中国工商银行天津分行营业部", "0302000119200012345");
        Assert.True(errors.IsValid, string.Join(" ", errors.All));
        foreach (var worker in workers)
        {
            var workerErrors = await Applications.AddWorkerAsync(scope, id, worker);
            Assert.Empty(workerErrors);
        }

        foreach (var purpose in new[]
                 {
                     FilePurpose.BusinessLicence, FilePurpose.LegalRepresentativeIdCopy, FilePurpose.SignedApplicationForm,
                 })
        {
            await Applications.AttachFileAsync(scope, id, await AddFileAsync(enterprise, purpose), null);
        }

        foreach (var month in workers.SelectMany(w => w.Months).Select(m => m.Month).Distinct())
        {
            await Applications.AttachFileAsync(scope, id, await AddFileAsync(enterprise, FilePurpose.PayrollProof), month);
        }

        return id;
    }

    public async Task<int> AddFileAsync(Enterprise enterprise, FilePurpose purpose)
    {
        await using var db = Database.CreateDbContext();
        var file = new StoredFile($"{Guid.NewGuid():N}.pdf", "材料.pdf", FileKind.Pdf, purpose, 100, new string('0', 64),
            enterprise.Id, "enterprise-user", Database.Clock.GetUtcNow());
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
