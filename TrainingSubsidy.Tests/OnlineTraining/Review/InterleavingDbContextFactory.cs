using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.OnlineTraining.Review;

/// <summary>
/// Creates contexts on the test database that run <see cref="BeforeNextSave"/> once, just before the next save
/// sends its commands, so a test can slip another user's save in between one user's read and write.
/// </summary>
internal sealed class InterleavingDbContextFactory(TestDatabase database) : IDbContextFactory<AppDbContext>
{
    private Func<Task>? _beforeNextSave;

    public Func<Task>? BeforeNextSave
    {
        get => _beforeNextSave;
        set => _beforeNextSave = value;
    }

    public AppDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, database.ConnectionString);
        builder.AddInterceptors(new SaveHook(this));
        return new AppDbContext(builder.Options);
    }

    private sealed class SaveHook(InterleavingDbContextFactory owner) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var action = Interlocked.Exchange(ref owner._beforeNextSave, null);
            if (action is not null)
            {
                await action();
            }

            return result;
        }
    }
}
