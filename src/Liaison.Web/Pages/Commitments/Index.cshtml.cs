using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Commitments;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Liaison.Web.Pages.Commitments;

/// <summary>
/// The follow-up commitments of an event (cooperation desk): the overdue ones and those due within
/// <see cref="DueSoonDays"/> days, with "today" taken in the event's zone (a server in UTC and an office in Marrakech
/// see the same lists), and a status change for each.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class IndexModel(LiaisonDbContext db, DossierStore dossiers, CommitmentStore commitments, TimeProvider time, IStringLocalizer<IndexModel> localizer)
    : EventPageModel(db)
{
    /// <summary>How far ahead the due-soon view looks: 30 days from today, in the event's zone.</summary>
    public const int DueSoonDays = 30;

    /// <summary>Today in the event's zone.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>Pending commitments due before today, earliest first.</summary>
    public IReadOnlyList<Commitment> Overdue { get; private set; } = [];

    /// <summary>Pending commitments due from today to <see cref="DueSoonDays"/> days later, earliest first.</summary>
    public IReadOnlyList<Commitment> DueSoon { get; private set; } = [];

    /// <summary>The result of the last change.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows both views; 404 when the user may not see the event.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Sets the status of commitment <paramref name="commitmentId"/>; 404 when the event has no such commitment.</summary>
    /// <param name="commitmentId">The commitment's id.</param>
    /// <param name="status">The new status.</param>
    /// <param name="ct">Cancels the write.</param>
    public async Task<IActionResult> OnPostStatusAsync(string commitmentId, CommitmentStatus status, CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return NotFound();
        }

        var all = (await dossiers.ExportAsync(EventId, ct)).Commitments;
        if (all.FirstOrDefault(c => c.Id == commitmentId) is not { } commitment)
        {
            return NotFound();
        }

        try
        {
            await commitments.SaveAsync(EventId, commitment.WithStatus(status), cancellationToken: ct);
            Notice = localizer["Changed"];
        }
        catch (ConcurrencyConflictException)
        {
            Notice = localizer["Stale"];
        }

        return RedirectToPage(new { EventId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        Today = EventTime.Today(Zone, now);
        Overdue = await commitments.OverdueAsync(EventId, now, ct);
        DueSoon = await commitments.DueSoonAsync(EventId, now, DueSoonDays, ct);
        return true;
    }
}
