using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Pages.Records;

/// <summary>
/// The held meetings of an event (cooperation desk), in time order: those with a record and those placed in the
/// programme without one yet, each linking to its record form.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class IndexModel(LiaisonDbContext db, DossierStore dossiers) : EventPageModel(db)
{
    /// <summary>The event's dossier, for names and records.</summary>
    public EventDossier Dossier { get; private set; } = null!;

    /// <summary>Each held meeting: request id, start (UTC) and whether a record is written, earliest first.</summary>
    public IReadOnlyList<(string RequestId, Instant Start, bool Recorded)> Meetings { get; private set; } = [];

    /// <summary>Shows the list; 404 when the user may not see the event.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return NotFound();
        }

        Dossier = await dossiers.ExportAsync(EventId, ct);
        var planned = await Db.Set<MeetingEntity>().AsNoTracking().Where(m => m.EventId == EventId)
            .Select(m => new { m.Request!.ScenarioId, m.Start }).ToListAsync(ct);
        var recorded = Dossier.Records.Select(r => (r.RequestId, r.Start, Recorded: true));
        var unrecorded = planned.Where(m => Dossier.Records.All(r => r.RequestId != m.ScenarioId)).Select(m => (m.ScenarioId, m.Start, Recorded: false));
        Meetings = recorded.Concat(unrecorded).OrderBy(m => m.Start).ThenBy(m => m.Item1, StringComparer.Ordinal).ToList();
        return Page();
    }
}
