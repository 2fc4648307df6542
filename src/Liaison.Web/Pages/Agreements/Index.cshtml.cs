using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Pages.Agreements;

/// <summary>
/// The agreements register of an event (cooperation desk): kind, title, partner, status, signed on and entry into
/// force of each agreement, in the register's order; each links to its detail.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class IndexModel(LiaisonDbContext db, DossierStore dossiers) : EventPageModel(db)
{
    /// <summary>The event's dossier (scenario and agreements).</summary>
    public EventDossier Dossier { get; private set; } = null!;

    /// <summary>Shows the register; 404 when the user may not see the event.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return NotFound();
        }

        Dossier = await dossiers.ExportAsync(EventId, ct);
        return Page();
    }
}
