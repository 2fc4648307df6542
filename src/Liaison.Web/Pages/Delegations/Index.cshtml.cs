using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Events;
using Liaison.Web.Localization;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Pages.Delegations;

/// <summary>
/// The event's delegations, filtered by region (UN M49, or the event's own label for organisations)
/// and by the status of the requests they made. A liaison officer sees only its own delegation.
/// </summary>
[Authorize(Policy = Policies.ProgrammeReader)]
public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    /// <summary>The region key to show (<see cref="PartyRegions.RegionKey"/>), or <c>null</c> for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    /// <summary>Show only delegations with a request in this status, or <c>null</c> for all.</summary>
    [BindProperty(SupportsGet = true)]
    public RequestStatus? Status { get; set; }

    /// <summary>The event.</summary>
    public EventEntity Event { get; private set; } = new();

    /// <summary>The event's zone.</summary>
    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    /// <summary>The region keys of the delegations the user may see, for the filter.</summary>
    public IReadOnlyList<string> Regions { get; private set; } = [];

    /// <summary>The delegations that pass the filters, by party name.</summary>
    public IReadOnlyList<DelegationRow> Rows { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    /// <param name="eventId">The event (route).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var found = await db.FindEventAsync(User, eventId, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Event = found;
        Zone = found.Zone();
        var bound = User.IsRestrictedToDelegation() ? User.BoundDelegation() : null;
        var delegations = await db.Set<DelegationEntity>().AsNoTracking().Include(d => d.Party)
            .Where(d => d.EventId == eventId && (bound == null || d.Id == bound)).ToListAsync(cancellationToken);
        var statuses = (await db.Set<MeetingRequestEntity>().AsNoTracking().Where(r => r.EventId == eventId)
                .Select(r => new { r.RequesterId, r.Status }).ToListAsync(cancellationToken))
            .ToLookup(r => r.RequesterId, r => r.Status);
        var all = delegations.Select(d => DelegationRow.Of(d, statuses[d.Id].ToList(), CultureInfo.CurrentCulture)).ToList();
        Regions = all.Select(r => r.RegionKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Rows = all.Where(r => Region is null || r.RegionKey == Region)
            .Where(r => Status is null || r.RequestStatuses.Contains(Status.Value))
            .OrderBy(r => r.PartyName, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        return Page();
    }
}
