namespace Liaison.Data.Entities;

/// <summary>Builds the <see cref="MeetingBookingEntity.Resource"/> keys. Pure and thread-safe.</summary>
public static class BookingResource
{
    /// <summary>The key of a room, e.g. "room:atlas".</summary>
    /// <param name="scenarioId">The room's scenario id.</param>
    public static string Room(string scenarioId) => "room:" + scenarioId;

    /// <summary>The key of a principal or delegation, e.g. "participant:dg".</summary>
    /// <param name="scenarioId">The participant's scenario id.</param>
    public static string Participant(string scenarioId) => "participant:" + scenarioId;

    /// <summary>The key of an interpreter, e.g. "interpreter:int-ar-en-1".</summary>
    /// <param name="scenarioId">The interpreter's scenario id.</param>
    public static string Interpreter(string scenarioId) => "interpreter:" + scenarioId;
}
