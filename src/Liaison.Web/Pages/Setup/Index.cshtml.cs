using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Events;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// The event's set-up for protocol officers: working days and hours, plenaries and ceremonies
/// (blocked times), rooms, interpreters with their language pairs, and principals with the blocked
/// times that concern them; times in the event's zone, labelled. Days, blocked times, rooms,
/// interpreters and principals link to their forms.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    /// <summary>The event, with its days.</summary>
    public EventEntity Event { get; private set; } = new();

    /// <summary>The event's zone.</summary>
    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    /// <summary>Plenaries, ceremonies and other blocked times, by start.</summary>
    public IReadOnlyList<BlockedTimeEntity> BlockedTimes { get; private set; } = [];

    /// <summary>Rooms, in the event's order.</summary>
    public IReadOnlyList<RoomEntity> Rooms { get; private set; } = [];

    /// <summary>Interpreters, in the event's order.</summary>
    public IReadOnlyList<InterpreterEntity> Interpreters { get; private set; } = [];

    /// <summary>Principals, in the event's order.</summary>
    public IReadOnlyList<PrincipalEntity> Principals { get; private set; } = [];

    /// <summary>The blocked times that concern <paramref name="principal"/>: those naming it and those for everyone.</summary>
    /// <param name="principal">A principal of the event.</param>
    public IEnumerable<BlockedTimeEntity> BlockedFor(PrincipalEntity principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return BlockedTimes.Where(b => b.ParticipantIds.Count == 0 || b.ParticipantIds.Contains(principal.ScenarioId, StringComparer.Ordinal));
    }

    /// <summary>Loads the set-up.</summary>
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
        BlockedTimes = await db.Set<BlockedTimeEntity>().AsNoTracking().Where(b => b.EventId == eventId).ToListAsync(cancellationToken);
        BlockedTimes = BlockedTimes.OrderBy(b => b.Start).ToList();
        Rooms = await db.Set<RoomEntity>().AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        Interpreters = await db.Set<InterpreterEntity>().AsNoTracking().Where(i => i.EventId == eventId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        Principals = await db.Set<PrincipalEntity>().AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        return Page();
    }
}
