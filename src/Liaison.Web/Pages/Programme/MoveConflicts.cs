using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Web.Pages.Programme;

/// <summary>
/// What a move would break, found before anything is saved: the current programme with the one
/// meeting moved, checked by <see cref="ProgrammeValidator"/> (double bookings, participants not
/// free, protocol buffers, working hours, rooms, interpreters), keeping the violations that involve
/// the moved meeting.
/// </summary>
internal static class MoveConflicts
{
    /// <summary>The violations the moved meeting would take part in; empty when the move is clean.</summary>
    public static async Task<IReadOnlyList<ProgrammeViolation>> FindAsync(
        ScenarioStore scenarios, ProgrammeStore programmes, Guid eventId, string requestId, string roomScenarioId, Interval time, CancellationToken ct)
    {
        var scenario = await scenarios.LoadForPlanningAsync(eventId, ct);
        var current = await programmes.LoadAsync(eventId, ct);
        var moved = current.Meetings
            .Select(m => string.Equals(m.RequestId, requestId, StringComparison.Ordinal) ? m with { Time = time, RoomId = roomScenarioId } : m)
            .ToList();
        return ProgrammeValidator.Check(scenario, new Domain.Programmes.Programme(moved, current.Unplaced))
            .Where(v => v.Kind != ViolationKind.RequestNotAccountedOnce && v.RequestIds.Contains(requestId, StringComparer.Ordinal))
            .ToList();
    }
}
