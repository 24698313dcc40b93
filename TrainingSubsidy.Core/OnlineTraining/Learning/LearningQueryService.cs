using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Persistence;

namespace TrainingSubsidy.Core.OnlineTraining.Learning;

/// <summary>Sums a plan's current learning records per trainee and per course for its enterprise and district.</summary>
public sealed class LearningQueryService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<LearningSummary> GetAsync(UserScope scope, int planId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAccess.LoadReadableAsync(db, scope, planId, tracking: false, cancellationToken);
        LearningAccess.EnsureCanRead(scope, plan);
        var enterpriseName = await db.Enterprises.AsNoTracking()
            .Where(enterprise => enterprise.Id == plan.EnterpriseId)
            .Select(enterprise => enterprise.Name)
            .SingleAsync(cancellationToken);

        // Summed in memory, because the SQLite provider stores decimals as text and SUM would add them as doubles.
        var records = await db.LearningRecords.AsNoTracking()
            .Where(record => record.TrainingPlanId == planId && record.IsCurrent)
            .Select(record => new { record.TraineeId, record.CourseId, record.Hours, record.Completed })
            .ToListAsync(cancellationToken);
        var byPair = records
            .GroupBy(record => (record.TraineeId, record.CourseId))
            .ToDictionary(
                group => group.Key,
                group => (Hours: group.Sum(record => record.Hours), Completed: group.Any(record => record.Completed),
                    Count: group.Count()));

        var courses = plan.Courses.OrderBy(course => course.SortOrder).ToList();
        var trainees = plan.Trainees
            .OrderBy(trainee => trainee.SortOrder)
            .Select(trainee =>
            {
                var hours = new Dictionary<int, decimal>();
                var completed = new Dictionary<int, bool>();
                var count = 0;
                foreach (var course in courses)
                {
                    if (byPair.TryGetValue((trainee.Id, course.Id), out var pair))
                    {
                        hours[course.Id] = pair.Hours;
                        completed[course.Id] = pair.Completed;
                        count += pair.Count;
                    }
                }

                return new TraineeLearning(trainee.Id, trainee.Name, trainee.MaskedIdNumber, hours, completed,
                    hours.Values.Sum(), count);
            })
            .ToList();
        var courseRows = courses
            .Select(course =>
            {
                var learned = trainees.Where(trainee => trainee.HoursByCourse.ContainsKey(course.Id)).ToList();
                return new CourseLearning(course.Id, course.Name, course.Hours, learned.Count,
                    learned.Count(trainee => trainee.HoursByCourse[course.Id] >= course.Hours),
                    learned.Count(trainee => trainee.CompletedByCourse[course.Id]),
                    learned.Sum(trainee => trainee.HoursByCourse[course.Id]));
            })
            .ToList();

        var batches = await LoadBatchesAsync(db, planId, cancellationToken);
        return new LearningSummary(plan.Id, plan.PlanNumber, plan.Status, enterpriseName,
            plan.TrainingStart ?? default, plan.TrainingEnd ?? default, courseRows, trainees, batches);
    }

    private static async Task<List<LearningBatchInfo>> LoadBatchesAsync(AppDbContext db, int planId,
        CancellationToken cancellationToken)
    {
        var counts = await db.LearningRecords.AsNoTracking()
            .Where(record => record.TrainingPlanId == planId)
            .GroupBy(record => new { record.ImportBatchId, record.IsCurrent })
            .Select(group => new { group.Key.ImportBatchId, group.Key.IsCurrent, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var batches = await db.LearningImportBatches.AsNoTracking()
            .Where(batch => batch.TrainingPlanId == planId)
            .OrderByDescending(batch => batch.Id)
            .ToListAsync(cancellationToken);
        return batches
            .Select(batch => new LearningBatchInfo(batch.Id, batch.FileName, batch.Sha256, batch.RowCount,
                batch.ImportedByName, batch.ImportedAt,
                counts.Where(count => count.ImportBatchId == batch.Id && count.IsCurrent).Sum(count => count.Count),
                counts.Where(count => count.ImportBatchId == batch.Id && !count.IsCurrent).Sum(count => count.Count)))
            .ToList();
    }
}
