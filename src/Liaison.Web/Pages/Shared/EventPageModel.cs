using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Base of the pages under <c>/events/{eventId}/...</c>: binds the event id from the route and loads
/// the event as the user may see it (<see cref="Visibility.FindEventAsync"/>): an event a liaison
/// officer's delegation is not part of is the same 404 as one that does not exist.
/// </summary>
public abstract class EventPageModel(LiaisonDbContext db) : PageModel
{
    /// <summary>The event id from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid EventId { get; set; }

    /// <summary>The event, once <see cref="LoadEventAsync"/> found it.</summary>
    public EventEntity Event { get; private set; } = new();

    /// <summary>The event's zone; every time on the page is shown in it.</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[Event.TimeZoneId];

    /// <summary>The context, for the page's own queries.</summary>
    protected LiaisonDbContext Db => db;

    /// <summary>Loads <see cref="Event"/>; <c>false</c> when the user may not see it (answer 404 then).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    protected async Task<bool> LoadEventAsync(CancellationToken cancellationToken)
    {
        var found = await db.FindEventAsync(User, EventId, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Event = found;
        return true;
    }
}
