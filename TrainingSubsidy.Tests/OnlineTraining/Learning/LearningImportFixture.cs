using Microsoft.Extensions.Logging.Abstractions;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.OnlineTraining;
using TrainingSubsidy.Core.OnlineTraining.Learning;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Learning;

/// <summary>An approved plan with trainees, its enterprise user, and the import service over a real database.</summary>
public sealed class LearningImportFixture : IAsyncDisposable
{
    private LearningImportFixture(TestDatabase database, Enterprise enterprise, TrainingPlan plan)
    {
        Database = database;
        Enterprise = enterprise;
        Plan = plan;
        Audit = new AuditTrail(database, database.Clock, NullLogger<AuditTrail>.Instance);
        Service = new LearningImportService(database, Audit, database.Clock,
            NullLogger<LearningImportService>.Instance);
        Owner = new UserScope("owner", "经办人", Roles.EnterpriseUser, enterprise.Id, null);
    }

    public TestDatabase Database { get; }

    public Enterprise Enterprise { get; }

    public TrainingPlan Plan { get; }

    public AuditTrail Audit { get; }

    public LearningImportService Service { get; }

    public UserScope Owner { get; }

    public Trainee Trainee(int index) => Plan.Trainees.OrderBy(trainee => trainee.SortOrder).ElementAt(index);

    public static async Task<LearningImportFixture> CreateAsync(int traineeCount = 6, PlanStatus status = PlanStatus.Approved,
        IReadOnlyList<Trainee>? trainees = null)
    {
        var database = await TestDatabase.CreateAsync();
        var enterprise = await PlanBuilder.AddEnterpriseAsync(database);
        var plan = await PlanBuilder.AddPlanAsync(database, enterprise, traineeCount, status, trainees);
        return new LearningImportFixture(database, enterprise, plan);
    }

    public Task<LearningImportResult> ImportAsync(byte[] content, string fileName = "学习记录.xlsx") =>
        Service.ImportAsync(Owner, Plan.Id, new MemoryStream(content), fileName, null, CancellationToken.None);

    /// <summary>A valid row for trainee <paramref name="index"/> on 焊接工艺, 2020-03-10 from 09:00 to 11:00.</summary>
    public object?[] ValidRow(int index = 0, string start = "2020-03-10 09:00", string end = "2020-03-10 11:00",
        object? hours = null) =>
        LearningWorkbook.Row(Trainee(index).Name, Trainee(index).IdNumber, "焊接工艺", start, end, hours ?? 2.0);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
