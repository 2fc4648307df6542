using Liaison.Data.Entities;

namespace Liaison.Data.Programmes;

/// <summary>Builds and re-times the bookings a meeting holds: its room, the requester and invitees, its interpreters.</summary>
internal static class Bookings
{
    public static List<MeetingBookingEntity> For(MeetingEntity meeting, string roomScenarioId, string requesterScenarioId, IEnumerable<string> inviteeIds) =>
        new[] { BookingResource.Room(roomScenarioId), BookingResource.Participant(requesterScenarioId) }
            .Concat(inviteeIds.Select(BookingResource.Participant))
            .Concat(meeting.InterpreterIds.Select(BookingResource.Interpreter))
            .Distinct(StringComparer.Ordinal)
            .Select(resource => new MeetingBookingEntity
            {
                Id = Guid.NewGuid(), MeetingId = meeting.Id, EventId = meeting.EventId, Resource = resource, Start = meeting.Start, End = meeting.End,
            })
            .ToList();

    /// <summary>Updates the bookings in place (never delete and re-insert, so no booking ever clashes with its own meeting).</summary>
    public static void Move(MeetingEntity meeting, string roomScenarioId)
    {
        foreach (var booking in meeting.Bookings)
        {
            booking.Start = meeting.Start;
            booking.End = meeting.End;
            if (booking.Resource.StartsWith(BookingResource.Room(""), StringComparison.Ordinal))
            {
                booking.Resource = BookingResource.Room(roomScenarioId);
            }
        }
    }
}
