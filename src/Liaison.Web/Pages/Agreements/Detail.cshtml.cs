using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Liaison.Web.Pages.Agreements;

/// <summary>
/// One agreement (cooperation desk): its facts, status history, the statuses it may move to next as buttons, and its
/// signed documents (upload and download). A move the lifecycle refuses shows the domain's message in a localized
/// wrapper and writes nothing; a document the store refuses (size, type) is named beside the file field.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class DetailModel(LiaisonDbContext db, DossierStore dossiers, AgreementStore agreements, AgreementDocumentStore documents,
    TimeProvider time, IStringLocalizer<DetailModel> localizer) : EventPageModel(db)
{
    /// <summary>The agreement's id from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string AgreementId { get; set; } = "";

    /// <summary>The event's dossier, for names.</summary>
    public EventDossier Dossier { get; private set; } = null!;

    /// <summary>The agreement, with its history.</summary>
    public Agreement Agreement { get; private set; } = null!;

    /// <summary>The agreement's stored documents, oldest first.</summary>
    public IReadOnlyList<StoredDocument> Documents { get; private set; } = [];

    /// <summary>Why the last move was refused, shown above the buttons.</summary>
    public string? Problem { get; private set; }

    /// <summary>The result of the last action.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the agreement; 404 when the user may not see the event or it has no such agreement.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Moves the agreement to <paramref name="to"/> as of today in the event's zone, by the signed-in user.</summary>
    /// <param name="to">The wanted status.</param>
    /// <param name="ct">Cancels the write.</param>
    public async Task<IActionResult> OnPostMoveAsync(AgreementStatus to, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        try
        {
            var today = Dossier.Today(Instant.FromDateTimeOffset(time.GetUtcNow()));
            await agreements.MoveAsync(EventId, AgreementId, to, today, User.Identity!.Name!, null, ct);
        }
        catch (AgreementTransitionException e)
        {
            Problem = localizer["IllegalMove", e.Message];
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            Problem = localizer["Stale"];
            return Page();
        }

        Notice = localizer["Moved"];
        return RedirectToPage(new { EventId, AgreementId });
    }

    /// <summary>Stores an uploaded signed document; the store's refusal (empty, too large, wrong type) goes beside the field.</summary>
    /// <param name="file">The uploaded file.</param>
    /// <param name="ct">Cancels the upload.</param>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (file is null)
        {
            ModelState.AddModelError(nameof(file), localizer["NoFile"]);
            return Page();
        }

        try
        {
            await using var content = file.OpenReadStream();
            await documents.AddAsync(EventId, AgreementId, file.FileName, content, User.Identity!.Name!, ct);
        }
        catch (DocumentRejectedException e)
        {
            ModelState.AddModelError(nameof(file), localizer["Rejected", e.Message]);
            return Page();
        }

        Notice = localizer["Uploaded", file.FileName];
        return RedirectToPage(new { EventId, AgreementId });
    }

    /// <summary>Downloads a stored document as an attachment (never inline) with its detected media type.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetDownloadAsync(Guid documentId, CancellationToken ct)
    {
        if (!await LoadEventAsync(ct) || await documents.GetAsync(EventId, AgreementId, documentId, ct) is not { } found)
        {
            return NotFound();
        }

        return File(found.Content, found.Document.ContentType, found.Document.FileName);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct) || await agreements.FindAsync(EventId, AgreementId, ct) is not { } agreement)
        {
            return false;
        }

        Agreement = agreement;
        Dossier = await dossiers.ExportAsync(EventId, ct);
        Documents = await documents.ListAsync(EventId, AgreementId, ct);
        return true;
    }
}
