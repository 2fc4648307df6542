using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>
/// One resource (room, participant or interpreter) held by a meeting for the meeting's time.
/// PostgreSQL refuses overlapping bookings of one resource with an exclusion constraint; SQLite
/// with triggers (see docs/database.md). Maintained by ProgrammeStore.
/// </summary>
public sealed class MeetingBookingEntity
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The meeting holding the resource.</summary>
    public Guid MeetingId { get; set; }

    /// <summary>The event (bookings of different events never clash).</summary>
    public Guid EventId { get; set; }

    /// <summary>The resource: "room:{id}", "participant:{id}" or "interpreter:{id}" with scenario ids (see <see cref="BookingResource"/>).</summary>
    public string Resource { get; set; } = "";

    /// <summary>UTC start (inclusive), equal to the meeting's.</summary>
    public Instant Start { get; set; }

    /// <summary>UTC end (exclusive), equal to the meeting's.</summary>
    public Instant End { get; set; }
}
