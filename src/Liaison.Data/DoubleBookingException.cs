using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Data;

/// <summary>
/// The database refused a save because a room, participant or interpreter would be in two
/// meetings at once (PostgreSQL exclusion constraint or SQLite trigger; see docs/database.md).
/// Nothing of the failed save was written.
/// </summary>
public sealed class DoubleBookingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="resource">The resource booked twice, e.g. "room:atlas" (see <see cref="BookingResource"/>).</param>
    /// <param name="clashingMeetingId">The meeting already holding it, when it could be identified.</param>
    /// <param name="clashingRequestId">The scenario id of that meeting's request, when identified.</param>
    /// <param name="clashingTime">That meeting's UTC interval, when identified.</param>
    /// <param name="innerException">The database error.</param>
    public DoubleBookingException(string resource, Guid? clashingMeetingId, string? clashingRequestId, Interval? clashingTime, Exception? innerException = null)
        : base(clashingMeetingId is null
            ? $"The move would book {resource} twice at the same time; nothing was saved."
            : $"The move would book {resource} twice: meeting {clashingRequestId} already holds it from {clashingTime?.Start} to {clashingTime?.End} (UTC); nothing was saved.",
            innerException)
    {
        Resource = resource;
        ClashingMeetingId = clashingMeetingId;
        ClashingRequestId = clashingRequestId;
        ClashingTime = clashingTime;
    }

    /// <summary>The resource booked twice, e.g. "room:atlas".</summary>
    public string Resource { get; }

    /// <summary>The meeting already holding the resource, when identified.</summary>
    public Guid? ClashingMeetingId { get; }

    /// <summary>The scenario id of the clashing meeting's request, when identified.</summary>
    public string? ClashingRequestId { get; }

    /// <summary>The clashing meeting's UTC interval, when identified.</summary>
    public Interval? ClashingTime { get; }

    /// <summary>
    /// Builds the exception after a refused save by looking, among the bookings the save tried to
    /// write, for one that overlaps a committed booking of another meeting.
    /// </summary>
    /// <param name="db">The context whose save failed (its change tracker still holds the attempted changes).</param>
    /// <param name="exception">The database error.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    internal static async Task<DoubleBookingException> FromAsync(LiaisonDbContext db, DbUpdateException exception, CancellationToken cancellationToken)
    {
        var attempted = db.ChangeTracker.Entries<MeetingBookingEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        if (db.Database.CurrentTransaction is not null && db.Provider == DatabaseProvider.PostgreSql)
        {
            // An aborted PostgreSQL transaction answers no more queries: report the resource alone.
            return new DoubleBookingException(attempted.FirstOrDefault()?.Resource ?? "a resource", null, null, null, exception);
        }

        foreach (var booking in attempted)
        {
            var clash = await db.MeetingBookings.AsNoTracking()
                .Where(b => b.EventId == booking.EventId && b.Resource == booking.Resource && b.MeetingId != booking.MeetingId
                            && b.Start < booking.End && booking.Start < b.End)
                .Join(db.Meetings, b => b.MeetingId, m => m.Id, (b, m) => new { m.Id, m.Start, m.End, m.Request!.ScenarioId })
                .FirstOrDefaultAsync(cancellationToken);
            if (clash is not null)
            {
                return new DoubleBookingException(booking.Resource, clash.Id, clash.ScenarioId, new Interval(clash.Start, clash.End), exception);
            }
        }

        return new DoubleBookingException(attempted.FirstOrDefault()?.Resource ?? "a resource", null, null, null, exception);
    }
}
