using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Events;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Pages.Delegations;

/// <summary>
/// One delegation: head of delegation, languages, arrival and departure in the event's zone, the
/// requests it made or received and their meetings. A liaison officer reaches only its own
/// delegation (404 for any other, as if it did not exist); a reader without confidential clearance
/// sees public requests only.
/// </summary>
[Authorize(Policy = Policies.ProgrammeReader)]
public sealed class DetailModel(LiaisonDbContext db) : PageModel
{
    /// <summary>The event.</summary>
    public EventEntity Event { get; private set; } = new();

    /// <summary>The event's zone.</summary>
    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    /// <summary>The delegation, its party loaded.</summary>
    public DelegationEntity Delegation { get; private set; } = new();

    /// <summary>The party's name in the reader's language.</summary>
    public string PartyName { get; private set; } = "";

    /// <summary>The requests it made or is invited to, in the event's order.</summary>
    public IReadOnlyList<MeetingRequestEntity> Requests { get; private set; } = [];

    /// <summary>The meetings of those requests, by request id.</summary>
    public IReadOnlyDictionary<Guid, MeetingEntity> Meetings { get; private set; } = new Dictionary<Guid, MeetingEntity>();

    /// <summary>Names of the event's principals and delegations, in the reader's language.</summary>
    public ParticipantNames? Names { get; private set; }

    /// <summary>Loads the delegation.</summary>
    /// <param name="eventId">The event (route).</param>
    /// <param name="delegationId">The delegation (route).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(Guid eventId, Guid delegationId, CancellationToken cancellationToken)
    {
        var found = await db.FindEventAsync(User, eventId, cancellationToken);
        var delegation = await db.Set<DelegationEntity>().AsNoTracking().Include(d => d.Party).Include(d => d.Agency)
            .SingleOrDefaultAsync(d => d.EventId == eventId && d.Id == delegationId, cancellationToken);
        if (found is null || delegation is null || (User.IsRestrictedToDelegation() && User.BoundDelegation() != delegationId))
        {
            return NotFound();
        }

        Event = found;
        Zone = found.Zone();
        Delegation = delegation;
        PartyName = ParticipantNames.PartyName(delegation.Party, CultureInfo.CurrentUICulture)!;
        var confidentialAllowed = User.MayReadConfidential() || User.IsRestrictedToDelegation();
        var requests = await db.Set<MeetingRequestEntity>().AsNoTracking().Include(r => r.Requester)
            .Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        Requests = requests.Where(r => r.Involves(delegation.ScenarioId))
            .Where(r => confidentialAllowed || r.Publicity == Publicity.Public).ToList();
        var ids = Requests.Select(r => r.Id).ToList();
        Meetings = await db.Set<MeetingEntity>().AsNoTracking().Include(m => m.Room)
            .Where(m => ids.Contains(m.RequestId)).ToDictionaryAsync(m => m.RequestId, cancellationToken);
        Names = await ParticipantNames.LoadAsync(db, eventId, cancellationToken);
        return Page();
    }
}
