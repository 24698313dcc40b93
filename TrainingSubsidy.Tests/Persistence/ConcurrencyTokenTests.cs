using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Enterprises;
using TrainingSubsidy.Tests.Support;

namespace TrainingSubsidy.Tests.Persistence;

public sealed class ConcurrencyTokenTests
{
    [Fact]
    public async Task SecondStaleUpdateIsRejected()
    {
        await using var database = await TestDatabase.CreateAsync();
        var token = TestContext.Current.CancellationToken;
        int id;
        await using (var db = database.CreateDbContext())
        {
            var enterprise = new Enterprise("天津测试有限公司", "91120116MA06B2L4GB", "120116", "天津市滨海新区测试路1号",
                "张三", "13812345678", database.Clock.GetUtcNow());
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(token);
            id = enterprise.Id;
        }

        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var firstCopy = await first.Enterprises.SingleAsync(e => e.Id == id, token);
        var secondCopy = await second.Enterprises.SingleAsync(e => e.Id == id, token);

        firstCopy.UpdateProfile(firstCopy.Name, "120116", "第一次修改的地址1号", null, null, "李四", "13812345678");
        await first.SaveChangesAsync(token);
        secondCopy.UpdateProfile(secondCopy.Name, "120116", "第二次修改的地址2号", null, null, "王五", "13812345678");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(token));
        await using var check = database.CreateDbContext();
        var stored = await check.Enterprises.SingleAsync(e => e.Id == id, token);
        Assert.Equal("第一次修改的地址1号", stored.Address);
    }

    [Fact]
    public async Task VersionChangesOnEverySave()
    {
        await using var database = await TestDatabase.CreateAsync();
        var token = TestContext.Current.CancellationToken;
        await using var db = database.CreateDbContext();
        var enterprise = new Enterprise("天津测试有限公司", "91120116MA06B2L4GB", "120116", "天津市滨海新区测试路1号",
            "张三", "13812345678", database.Clock.GetUtcNow());
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(token);
        var created = enterprise.Version;

        enterprise.SetMedicalSuppliesProducer(true);
        await db.SaveChangesAsync(token);

        Assert.NotEqual(Guid.Empty, created);
        Assert.NotEqual(created, enterprise.Version);
    }
}
