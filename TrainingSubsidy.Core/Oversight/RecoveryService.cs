using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSubsidy.Core.Auditing;
using TrainingSubsidy.Core.Common;
using TrainingSubsidy.Core.Identity;
using TrainingSubsidy.Core.Payouts;
using TrainingSubsidy.Core.Persistence;
using TrainingSubsidy.Core.Validation;

namespace TrainingSubsidy.Core.Oversight;

/// <summary>What staff enter to recover money from a paid award; optionally blacklists the enterprise too.</summary>
public sealed class RecoveryRequest
{
    public int AwardId { get; set; }

    public decimal AmountYuan { get; set; }

    public string Reason { get; set; } = string.Empty;

    public DateOnly DueDate { get; set; }

    /// <summary>Confirmed fraud: also put the enterprise on the blacklist, in the same transaction.</summary>
    public bool AlsoBlacklist { get; set; }

    public string? SupportingDocuments { get; set; }
}

/// <summary>Recovery orders (追回) against paid awards, for the city administrator and the award's district staff.</summary>
public sealed class RecoveryService(IDbContextFactory<AppDbContext> dbFactory, AuditTrail audit, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<RecoveryOrder>> ListAsync(UserScope scope, CancellationToken cancellationToken = default)
    {
        EnsureStaff(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var orders = db.RecoveryOrders.AsNoTracking().Include(o => o.Receipts).AsQueryable();
        if (!scope.IsCityAdmin)
        {
            orders = orders.Where(o => o.DistrictCode == scope.DistrictCode);
        }

        return await orders.OrderByDescending(o => o.Id).ToListAsync(cancellationToken);
    }

    public async Task<(ValidationErrors Errors, int? OrderId)> CreateAsync(UserScope scope, RecoveryRequest request,
        CancellationToken cancellationToken = default)
    {
        EnsureStaff(scope);
        var errors = new ValidationErrors();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var award = await db.Awards.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AwardId, cancellationToken)
            ?? throw new DomainException("补贴记录不存在。");
        scope.EnsureCanAccessDistrict(award.DistrictCode);
        if (award.Status != AwardStatus.Paid)
        {
            errors.Add(nameof(request.AwardId), $"补贴{award.SourceNumber}尚未拨付，不能追回；未拨付的补贴应在审核或公示环节处理。");
        }

        var alreadyOrdered = (await db.RecoveryOrders.AsNoTracking().Where(o => o.AwardId == award.Id)
                .Select(o => o.Amount).ToListAsync(cancellationToken))
            .Aggregate(Money.Zero, (total, amount) => total + amount);
        Money amount = default;
        if (decimal.Round(request.AmountYuan, 2) != request.AmountYuan || request.AmountYuan <= 0)
        {
            errors.Add(nameof(request.AmountYuan), $"追回金额“{request.AmountYuan}”元无效：应大于0且最多两位小数。");
        }
        else
        {
            amount = Money.FromYuan(request.AmountYuan);
            if (amount + alreadyOrdered > award.Amount)
            {
                errors.Add(nameof(request.AmountYuan),
                    $"追回金额{amount}元加上已下达的{alreadyOrdered}元，超过该笔补贴的拨付金额{award.Amount}元。");
            }
        }

        var reason = TextNormalizer.NormalizeText(request.Reason);
        if (reason.Length < 4)
        {
            errors.Add(nameof(request.Reason), "请写明追回原因（至少4个字）。");
        }

        if (request.DueDate < ChinaTime.Today(timeProvider))
        {
            errors.Add(nameof(request.DueDate), $"追回期限{request.DueDate:yyyy-MM-dd}早于今天。");
        }

        if (!errors.IsValid)
        {
            return (errors, null);
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = new RecoveryOrder(award.Id, award.EnterpriseId, award.DistrictCode, amount, reason, request.DueDate,
            scope.UserName, now);
        db.RecoveryOrders.Add(order);
        BlacklistEntry? entry = null;
        if (request.AlsoBlacklist)
        {
            var enterprise = await db.Enterprises.AsNoTracking().FirstAsync(e => e.Id == award.EnterpriseId, cancellationToken);
            entry = new BlacklistEntry(enterprise.CreditCode, enterprise.LegalRepresentativeIdNumber, enterprise.Id,
                enterprise.Name, enterprise.DistrictCode, $"经查实弄虚作假骗取补贴：{reason}",
                TextNormalizer.NormalizeText(request.SupportingDocuments), ChinaTime.Today(timeProvider), null,
                scope.UserId, scope.UserName, now);
            db.BlacklistEntries.Add(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var orderId = order.Id.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.RecoveryCreated, "recovery", orderId,
            $"补贴{award.SourceNumber}追回{amount}元，期限{request.DueDate:yyyy-MM-dd}：{reason}"), cancellationToken);
        if (entry is not null)
        {
            await audit.RecordAsync(AuditRecord.For(scope, AuditActions.BlacklistAdded, "blacklist",
                entry.Id.ToString(CultureInfo.InvariantCulture), $"{entry.EnterpriseName}（{entry.CreditCode}）：{entry.Reason}"),
                cancellationToken);
        }

        return (errors, order.Id);
    }

    public async Task RecordReceiptAsync(UserScope scope, int orderId, decimal amountYuan, DateOnly receivedOn, string? note,
        CancellationToken cancellationToken = default)
    {
        EnsureStaff(scope);
        if (decimal.Round(amountYuan, 2) != amountYuan || amountYuan <= 0)
        {
            throw new DomainException($"到账金额“{amountYuan}”元无效：应大于0且最多两位小数。");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.RecoveryOrders.Include(o => o.Receipts).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new DomainException("追回记录不存在。");
        scope.EnsureCanAccessDistrict(order.DistrictCode);
        order.AddReceipt(Money.FromYuan(amountYuan), receivedOn, TextNormalizer.NormalizeText(note), scope.UserName,
            timeProvider.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("该追回记录刚被其他人更新，请刷新后重新登记。");
        }

        await audit.RecordAsync(AuditRecord.For(scope, AuditActions.RecoveryReceived, "recovery",
            orderId.ToString(CultureInfo.InvariantCulture), $"到账{amountYuan:0.00}元（{receivedOn:yyyy-MM-dd}），状态：{order.Status.ToChinese()}"),
            cancellationToken);
    }

    private static void EnsureStaff(UserScope scope) =>
        scope.EnsureRole(Roles.CityAdmin, Roles.DistrictReviewer, Roles.DistrictFinance);
}
