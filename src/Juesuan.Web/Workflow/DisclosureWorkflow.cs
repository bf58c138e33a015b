using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Workflow;

/// <summary>
/// The steps of a disclosure's life, shared by the pages and the API: a preparer uploads
/// versions and submits; the region's reviewer returns with comments or approves; the reviewer
/// (or an administrator) publishes. Every version is kept and every step is written to the
/// append-only audit trail. Who may do what is decided here, not in the callers.
/// </summary>
public sealed class DisclosureWorkflow(JuesuanDb db, DisclosureIntake intake, PortalCache cache, TimeProvider clock)
{
    /// <summary>The longest file name kept (the column's size).</summary>
    public const int MaxFileName = 200;

    /// <summary>The longest comment location kept (the column's size).</summary>
    public const int MaxLocation = 200;

    /// <summary>Reads and audits a file and adds it as a new version of the preparer's disclosure for its year.</summary>
    public async Task<WorkflowOutcome> UploadAsync(Actor actor, string fileName, byte[] content, CancellationToken cancel = default)
    {
        if (!actor.IsPreparer || actor.DepartmentId is not { } departmentId)
        {
            return new(OutcomeKind.Forbidden, "只有部门填报人可以上传");
        }

        // The columns are sized (PostgreSQL enforces it; SQLite would not): refuse rather than fail on save.
        if (Path.GetFileName(fileName).Length > MaxFileName)
        {
            return new(OutcomeKind.Invalid, $"文件名超过 {MaxFileName} 个字符，请改短后再上传");
        }

        var taken = intake.Take(fileName, content);
        if (!taken.Succeeded)
        {
            return new(OutcomeKind.Invalid, taken.Problem ?? $"{fileName}: 文件无法读取");
        }

        if (taken.Disclosure!.Year is not { } year)
        {
            return new(OutcomeKind.Invalid, $"{fileName}: 文件中没有找到年度（封面或表头应有“20XX年度”）");
        }

        var record = await db.Disclosures.Include(d => d.Versions).FirstOrDefaultAsync(d => d.DepartmentId == departmentId && d.Year == year, cancel);
        if (record is { Status: DisclosureStatus.Submitted or DisclosureStatus.Approved or DisclosureStatus.Published })
        {
            return new(OutcomeKind.Conflict, $"{year} 年度的决算已{Names.Of(record.Status)}，不能再上传", record.Id);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        record ??= db.Disclosures.Add(new DisclosureRecord { DepartmentId = departmentId, Year = year, Status = DisclosureStatus.Draft }).Entity;
        var (errors, warnings) = DisclosureIntake.Tally(taken.Report);
        var number = record.Versions.Count == 0 ? 1 : record.Versions.Max(v => v.Number) + 1;
        record.Versions.Add(new DisclosureVersion
        {
            Number = number, FileName = Path.GetFileName(fileName), Content = content, ModelJson = taken.ModelJson, CheckJson = taken.CheckJson,
            Errors = errors, Warnings = warnings, CreatedBy = actor.UserName, CreatedAt = now,
        });
        record.Status = DisclosureStatus.Draft;
        record.UpdatedAt = now;
        await db.SaveChangesAsync(cancel);
        db.Audit(actor.UserName, "upload", record.Id, $"版本 {number}：{Path.GetFileName(fileName)}，{errors} 个错误、{warnings} 个警告");
        await db.SaveChangesAsync(cancel);
        var department = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).SingleAsync(cancel);
        // Names vary (全称, 简称, “本级”), so a different name is pointed out, not refused.
        var named = taken.Disclosure.Department is { Length: > 0 } printed && !printed.Contains(department, StringComparison.Ordinal) && !department.Contains(printed, StringComparison.Ordinal)
            ? $"；注意：文件中的部门为“{printed}”，不是“{department}”"
            : string.Empty;
        return WorkflowOutcome.Done($"已上传版本 {number}：{errors} 个错误、{warnings} 个警告{named}", record.Id, number);
    }

    /// <summary>Sends the latest version to the reviewer. A version with errors needs a note saying why.</summary>
    public async Task<WorkflowOutcome> SubmitAsync(Actor actor, int id, string? note, CancellationToken cancel = default)
    {
        if (await FindAsync(actor, id, cancel) is not { } record)
        {
            return WorkflowOutcome.Missing(id);
        }

        if (!actor.IsPreparer)
        {
            return new(OutcomeKind.Forbidden, "只有本部门填报人可以提交", id);
        }

        if (record.Status is not (DisclosureStatus.Draft or DisclosureStatus.Returned) || record.Versions.Count == 0)
        {
            return new(OutcomeKind.Conflict, $"当前状态为“{Names.Of(record.Status)}”，不能提交", id);
        }

        var latest = record.Versions.MaxBy(v => v.Number)!;
        if (latest.Errors > 0 && string.IsNullOrWhiteSpace(note))
        {
            return new(OutcomeKind.Invalid, $"版本 {latest.Number} 仍有 {latest.Errors} 个错误：请修正后重新上传，或在说明中写明原因", id);
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            AddComment(record, latest.Number, actor, "提交说明：" + note.Trim());
        }

        return await MoveAsync(actor, record, DisclosureStatus.Submitted, "submit", $"提交版本 {latest.Number}", cancel);
    }

    /// <summary>Returns a submitted disclosure to its department with a comment (required).</summary>
    public async Task<WorkflowOutcome> ReturnAsync(Actor actor, int id, string? comment, string? location = null, CancellationToken cancel = default)
    {
        var (record, refused) = await ReviewableAsync(actor, id, cancel);
        if (refused is not null)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return new(OutcomeKind.Invalid, "退回时须填写意见", id);
        }

        if (location is { Length: > MaxLocation })
        {
            return new(OutcomeKind.Invalid, $"意见的位置超过 {MaxLocation} 个字符", id);
        }

        AddComment(record!, record!.Versions.Max(v => v.Number), actor, comment.Trim(), location);
        return await MoveAsync(actor, record, DisclosureStatus.Returned, "return", comment.Trim(), cancel);
    }

    /// <summary>Approves a submitted disclosure, optionally with a comment.</summary>
    public async Task<WorkflowOutcome> ApproveAsync(Actor actor, int id, string? comment, CancellationToken cancel = default)
    {
        var (record, refused) = await ReviewableAsync(actor, id, cancel);
        if (refused is not null)
        {
            return refused;
        }

        if (!string.IsNullOrWhiteSpace(comment))
        {
            AddComment(record!, record!.Versions.Max(v => v.Number), actor, comment.Trim());
        }

        return await MoveAsync(actor, record!, DisclosureStatus.Approved, "approve", comment?.Trim() ?? string.Empty, cancel);
    }

    /// <summary>Makes an approved disclosure public.</summary>
    public async Task<WorkflowOutcome> PublishAsync(Actor actor, int id, CancellationToken cancel = default)
    {
        if (await FindAsync(actor, id, cancel) is not { } record)
        {
            return WorkflowOutcome.Missing(id);
        }

        if (!actor.Reviews(record.Department!.RegionId))
        {
            return new(OutcomeKind.Forbidden, "只有财政审核人或管理员可以公开", id);
        }

        if (record.Status != DisclosureStatus.Approved)
        {
            return new(OutcomeKind.Conflict, $"当前状态为“{Names.Of(record.Status)}”，审核通过后才能公开", id);
        }

        record.PublishedAt = clock.GetUtcNow().UtcDateTime;
        var outcome = await MoveAsync(actor, record, DisclosureStatus.Published, "publish", $"公开版本 {record.Versions.Max(v => v.Number)}", cancel);
        await cache.EvictAsync(cancel);
        return outcome;
    }

    /// <summary>A disclosure with its department, versions and comments, when the actor may see it.</summary>
    public async Task<DisclosureRecord?> FindAsync(Actor actor, int id, CancellationToken cancel = default)
    {
        var record = await db.Disclosures.Include(d => d.Department).Include(d => d.Versions).Include(d => d.Comments)
            .FirstOrDefaultAsync(d => d.Id == id, cancel);
        return record is not null && actor.MaySee(record.DepartmentId, record.Department!.RegionId) ? record : null;
    }

    private async Task<(DisclosureRecord? Record, WorkflowOutcome? Outcome)> ReviewableAsync(Actor actor, int id, CancellationToken cancel)
    {
        if (await FindAsync(actor, id, cancel) is not { } record)
        {
            return (null, WorkflowOutcome.Missing(id));
        }

        if (!actor.Reviews(record.Department!.RegionId))
        {
            return (record, new(OutcomeKind.Forbidden, "只有本地区的财政审核人可以审核", id));
        }

        return record.Status == DisclosureStatus.Submitted
            ? (record, null)
            : (record, new(OutcomeKind.Conflict, $"当前状态为“{Names.Of(record.Status)}”，只有已提交的决算可以审核", id));
    }

    private void AddComment(DisclosureRecord record, int version, Actor actor, string text, string? location = null) =>
        record.Comments.Add(new ReviewComment { VersionNumber = version, Author = actor.UserName, Text = text, Location = location, CreatedAt = clock.GetUtcNow().UtcDateTime });

    private async Task<WorkflowOutcome> MoveAsync(Actor actor, DisclosureRecord record, DisclosureStatus to, string action, string details, CancellationToken cancel)
    {
        var from = record.Status;
        record.Status = to;
        record.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Audit(actor.UserName, action, record.Id, $"{Names.Of(from)} → {Names.Of(to)}{(details.Length > 0 ? "：" + details : string.Empty)}");
        await db.SaveChangesAsync(cancel);
        return WorkflowOutcome.Done($"{record.Department?.Name} {record.Year} 年度：{Names.Of(to)}", record.Id);
    }
}
