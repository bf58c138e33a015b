using Juesuan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Juesuan.Data.Tests;

/// <summary>The store on both providers, each test on a fresh database migrated from empty.</summary>
public class StoreTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrate_FromEmpty_CreatesTheModelWithNothingPending(string provider)
    {
        using var store = await Store.OpenAsync(provider);
        await using var db = store.Context();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.Disclosures.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RoundTrip_DisclosureWithVersionsAndComments_ComesBackWhole(string provider)
    {
        using var store = await Store.OpenAsync(provider);
        var content = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        var model = "{\"department\":\"示例县教育局\",\"text\":\"" + new string('财', 50_000) + "\"}";
        var at = new DateTime(2025, 8, 1, 9, 30, 15, DateTimeKind.Utc);
        int id;
        await using (var db = store.Context())
        {
            var department = new Department { Code = "102001", Name = "示例县教育局", Region = new Region { Name = "示例县" } };
            var record = new DisclosureRecord { Department = department, Year = 2024, Status = DisclosureStatus.Returned, UpdatedAt = at, PublishedAt = null };
            record.Versions.Add(new DisclosureVersion { Number = 1, FileName = "决算.docx", Content = content, ModelJson = model, CheckJson = "{}", Errors = 2, Warnings = 1, CreatedBy = "102001@demo.juesuan", CreatedAt = at });
            record.Comments.Add(new ReviewComment { VersionNumber = 1, Author = "reviewer@demo.juesuan", Text = "请核对完成率", Location = "line 12", CreatedAt = at });
            db.Disclosures.Add(record);
            await db.SaveChangesAsync();
            id = record.Id;
        }

        await using (var db = store.Context())
        {
            var back = await db.Disclosures.Include(d => d.Department).ThenInclude(d => d!.Region).Include(d => d.Versions).Include(d => d.Comments).SingleAsync(d => d.Id == id);
            Assert.Equal(DisclosureStatus.Returned, back.Status);
            Assert.Equal("示例县", back.Department!.Region!.Name);
            var version = Assert.Single(back.Versions);
            Assert.Equal(content, version.Content);
            Assert.Equal(model, version.ModelJson);
            Assert.Equal("请核对完成率", Assert.Single(back.Comments).Text);
            Assert.Null(back.PublishedAt);
            Assert.Equal(1, await db.Disclosures.CountAsync(d => d.Status == DisclosureStatus.Returned));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DateTimes_ReadBack_AreUtcAndExact(string provider)
    {
        using var store = await Store.OpenAsync(provider);
        var at = new DateTime(2026, 11, 28, 20, 1, 2, DateTimeKind.Utc).AddTicks(1230);
        await using (var db = store.Context())
        {
            db.Audit("tester", "login", null);
            db.AuditTrail.Local.Single().At = at;
            await db.SaveChangesAsync();
        }

        await using (var db = store.Context())
        {
            var back = (await db.AuditTrail.SingleAsync()).At;
            Assert.Equal(DateTimeKind.Utc, back.Kind);
            Assert.Equal(at, back);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unique_SameDepartmentYearOrVersionNumber_IsRefused(string provider)
    {
        using var store = await Store.OpenAsync(provider);
        await using (var db = store.Context())
        {
            var department = new Department { Code = "101001", Name = "示例县财政局", Region = new Region { Name = "示例县" } };
            db.Disclosures.Add(new DisclosureRecord { Department = department, Year = 2024, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var db = store.Context())
        {
            var department = await db.Departments.SingleAsync();
            db.Disclosures.Add(new DisclosureRecord { DepartmentId = department.Id, Year = 2024, UpdatedAt = DateTime.UtcNow });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.Context())
        {
            db.Departments.Add(new Department { Code = "101001", Name = "重复编码", RegionId = (await db.Regions.SingleAsync()).Id });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.Context())
        {
            var record = await db.Disclosures.SingleAsync();
            foreach (var _ in new[] { 1, 2 })
            {
                db.Versions.Add(new DisclosureVersion { DisclosureId = record.Id, Number = 1, FileName = "a.docx", Content = [1], ModelJson = "{}", CheckJson = "{}", CreatedBy = "x", CreatedAt = DateTime.UtcNow });
            }

            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditTrail_ChangeOrDelete_ThrowsAndLeavesItAsWritten(string provider)
    {
        using var store = await Store.OpenAsync(provider);
        await using (var db = store.Context())
        {
            db.Audit("reviewer@demo.juesuan", "approve", 7, "提交审核 → 审核通过");
            await db.SaveChangesAsync();
        }

        await using (var db = store.Context())
        {
            (await db.AuditTrail.SingleAsync()).Details = "篡改";
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = store.Context())
        {
            db.AuditTrail.Remove(await db.AuditTrail.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.Context())
        {
            Assert.Equal("提交审核 → 审核通过", (await db.AuditTrail.SingleAsync()).Details);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Users_WithDepartmentAndRegion_RoundTrip(string provider)
    {
        using var store = await Store.OpenAsync(provider);
        await using (var db = store.Context())
        {
            var department = new Department { Code = "103001", Name = "示例县卫生健康局", Region = new Region { Name = "示例县" } };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            db.Users.Add(new JuesuanUser { UserName = "103001@demo.juesuan", Email = "103001@demo.juesuan", DisplayName = "填报人", DepartmentId = department.Id });
            db.Users.Add(new JuesuanUser { UserName = "reviewer@demo.juesuan", Email = "reviewer@demo.juesuan", DisplayName = "审核人", RegionId = department.RegionId });
            await db.SaveChangesAsync();
        }

        await using (var db = store.Context())
        {
            var users = await db.Users.OrderBy(u => u.UserName).ToListAsync();
            Assert.NotNull(users[0].DepartmentId);
            Assert.Null(users[0].RegionId);
            Assert.NotNull(users[1].RegionId);
        }
    }

    [Fact]
    public void Setup_UnknownProvider_NamesIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddJuesuanDb("oracle", "x"));
        Assert.Contains("oracle", e.Message, StringComparison.Ordinal);
    }
}
