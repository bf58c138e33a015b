using Juesuan.Data;
using Juesuan.Data.Entities;
using Juesuan.Web.Disclosures;
using Juesuan.Web.Public;
using Juesuan.Web.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages.Work;

/// <summary>
/// One disclosure at work: its versions, the chosen version's findings beside the cells and
/// sentences they are about, the review comments, the steps the user may take now, and its
/// audit trail. Only its department, its region's reviewer and administrators can open it.
/// </summary>
public sealed class WorkDisclosureModel(JuesuanDb db, UserManager<JuesuanUser> users, DisclosureWorkflow flow) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public DisclosureRecord Record { get; private set; } = null!;

    public DisclosureVersion Version { get; private set; } = null!;

    public AnnotatedDocument Document { get; private set; } = new([], []);

    public IReadOnlyList<AuditEntry> Trail { get; private set; } = [];

    /// <summary>Checks passed and checks that could not be made for the shown version.</summary>
    public (int Passed, int NotChecked) Counts { get; private set; }

    public string Title => $"{Record.Department!.Name} {Record.Year} 年度部门决算";

    public string StatusName => Names.Of(Record.Status);

    public bool MayReview => Actor.Reviews(Record.Department!.RegionId);

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public bool FlashOk { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? v, CancellationToken cancel)
    {
        if (await LoadAsync(id, cancel) is { } refused)
        {
            return refused;
        }

        Version = (v is { } n ? Record.Versions.FirstOrDefault(x => x.Number == n) : null) ?? Record.Versions.MaxBy(x => x.Number)!;
        if (Version is null)
        {
            return NotFound();
        }

        Document = AnnotatedDocument.Build(DocumentFiles.Model(Version), StoredFindings.Of(Version.CheckJson));
        Counts = StoredFindings.CountsOf(Version.CheckJson);
        Trail = await db.AuditTrail.AsNoTracking().Where(a => a.DisclosureId == id).OrderBy(a => a.Id).ToListAsync(cancel);
        return Page();
    }

    /// <summary>The uploaded file of a version.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int v, CancellationToken cancel)
    {
        if (await LoadAsync(id, cancel) is { } refused)
        {
            return refused;
        }

        return Record.Versions.FirstOrDefault(x => x.Number == v) is { } version
            ? File(version.Content, "application/octet-stream", version.FileName)
            : NotFound();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, CancellationToken cancel)
    {
        if (await LoadAsync(id, cancel) is { } refused)
        {
            return refused;
        }

        if (file is null || file.Length == 0)
        {
            return Done(id, new WorkflowOutcome(OutcomeKind.Invalid, "请选择要上传的文件", id));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        return await StepAsync(id, actor => flow.UploadAsync(actor, file.FileName, buffer.ToArray(), cancel));
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, string? note, CancellationToken cancel) => StepAsync(id, actor => flow.SubmitAsync(actor, id, note, cancel));

    public Task<IActionResult> OnPostReturnAsync(int id, string? comment, string? location, CancellationToken cancel) =>
        StepAsync(id, actor => flow.ReturnAsync(actor, id, comment, string.IsNullOrWhiteSpace(location) ? null : location.Trim(), cancel));

    public Task<IActionResult> OnPostApproveAsync(int id, string? comment, CancellationToken cancel) => StepAsync(id, actor => flow.ApproveAsync(actor, id, comment, cancel));

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancel) => StepAsync(id, actor => flow.PublishAsync(actor, id, cancel));

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancel)
    {
        if (await Actor.OfAsync(User, users) is not { } actor)
        {
            return Challenge();
        }

        Actor = actor;
        if (await flow.FindAsync(actor, id, cancel) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        return null;
    }

    private async Task<IActionResult> StepAsync(int id, Func<Actor, Task<WorkflowOutcome>> step)
    {
        if (await Actor.OfAsync(User, users) is not { } actor)
        {
            return Challenge();
        }

        var outcome = await step(actor);
        return outcome.Kind == OutcomeKind.NotFound ? NotFound() : Done(outcome.DisclosureId ?? id, outcome);
    }

    private RedirectResult Done(int id, WorkflowOutcome outcome)
    {
        (Flash, FlashOk) = (outcome.Message, outcome.Succeeded);
        return Redirect(outcome.Version is { } v ? $"/work/disclosures/{id}?v={v}" : $"/work/disclosures/{id}");
    }
}
