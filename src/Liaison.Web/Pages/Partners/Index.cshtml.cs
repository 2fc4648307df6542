using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Partners;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Partners;

/// <summary>
/// The history of one partner (country, agency or organisation) across every event (cooperation desk): each meeting,
/// agreement and commitment in time order, grouped by event, the event marked <em>new</em> when the partner had no
/// earlier meeting or agreement. 404 when no event lists the party.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class IndexModel(DossierStore dossiers) : PageModel
{
    /// <summary>The party code from the route (ISO 3166-1 alpha-2 or an organisation's code).</summary>
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    /// <summary>The partner's history.</summary>
    public PartnerHistory History { get; private set; } = null!;

    /// <summary>The events of the history, earliest first, each with its entries in time order.</summary>
    public IReadOnlyList<IGrouping<EventDossier, PartnerHistoryEntry>> Events { get; private set; } = [];

    /// <summary>Whether the user may read restricted record content (confidential clearance).</summary>
    public bool Cleared => User.HasConfidentialClearance();

    /// <summary>Shows the history.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        History = await dossiers.PartnerHistoryAsync(Code, ct);
        Events = History.Entries.GroupBy(e => e.Dossier).ToList();
        return Events.Count == 0 ? NotFound() : Page();
    }
}
