using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Pages.Calendars;

/// <summary>
/// Links to download the programme as iCalendar files (the calendar endpoint,
/// <c>/api/events/{eventId}/calendar.ics</c>) for each principal, delegation and room, and to the
/// principals' day sheets. A liaison officer gets only its own delegation's link, as the endpoint
/// serves it nothing else; day sheets are for the protocol office and analysts.
/// </summary>
[Authorize(Policy = Policies.ProgrammeReader)]
public sealed class IndexModel(LiaisonDbContext db) : EventPageModel(db)
{
    /// <summary>Names of the event's principals and delegations, in the reader's language; the delegations are those the user may see.</summary>
    public ParticipantNames? Names { get; private set; }

    /// <summary>The delegations listed: all, or a liaison officer's own.</summary>
    public IReadOnlyList<DelegationEntity> Delegations { get; private set; } = [];

    /// <summary>The rooms; empty for a liaison officer.</summary>
    public IReadOnlyList<RoomEntity> Rooms { get; private set; } = [];

    /// <summary>Whether the principals' and rooms' calendars and the day sheets are offered (everyone but liaison officers).</summary>
    public bool SeesWholeProgramme { get; private set; }

    /// <summary>The download address of a calendar, e.g. <c>/api/events/{id}/calendar.ics?room={roomId}</c>.</summary>
    /// <param name="kind"><c>principal</c>, <c>delegation</c> or <c>room</c>.</param>
    /// <param name="id">The principal's, delegation's or room's id.</param>
    public string CalendarUrl(string kind, Guid id) => $"/api/events/{EventId}/calendar.ics?{kind}={id}";

    /// <summary>Loads the lists.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken))
        {
            return NotFound();
        }

        Names = await ParticipantNames.LoadAsync(Db, EventId, cancellationToken);
        SeesWholeProgramme = !User.IsRestrictedToDelegation();
        var bound = User.BoundDelegation();
        Delegations = Names.Delegations.Where(d => SeesWholeProgramme || d.Id == bound).ToList();
        Rooms = SeesWholeProgramme
            ? await Db.Set<RoomEntity>().AsNoTracking().Where(r => r.EventId == EventId).OrderBy(r => r.Position).ToListAsync(cancellationToken)
            : [];
        return Page();
    }
}
