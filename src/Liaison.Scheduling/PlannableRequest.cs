using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// A request that passed the static checks, turned into integer data for the searches: the starts
/// at which it could be held alone, the rooms that suit it and the interpreters who could serve it.
/// </summary>
/// <param name="Request">The meeting request.</param>
/// <param name="ParticipantIds">Requester then invitees (the required participants).</param>
/// <param name="Participants">Their indexes in <see cref="PlanningProblem.ParticipantIds"/>.</param>
/// <param name="Optional">Indexes of the optional attendees, who join when free.</param>
/// <param name="Starts">Ascending timeline minutes at which every required participant is free for the whole meeting
/// within one working day, on the planning step, and (when interpretation is needed) some listed interpreter is available;
/// for a locked request, only the lock's start. Shared between requests with equal starts: never modify.</param>
/// <param name="Rooms">Rooms with enough seats, signing suitability and features (for a locked request, its lock's room); never empty.</param>
/// <param name="RoomClasses">The classes of <paramref name="Rooms"/>, most modest first.</param>
/// <param name="Interpreters">Interpreters covering an acceptable pair with their available starts; empty when none is needed.</param>
/// <param name="PreferredStarts">The subset of <paramref name="Starts"/> inside a preferred window; empty when the request states none.</param>
internal sealed record PlannableRequest(
    MeetingRequest Request,
    IReadOnlyList<string> ParticipantIds,
    int[] Participants,
    int[] Optional,
    long[] Starts,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<RoomClass> RoomClasses,
    IReadOnlyList<InterpreterOption> Interpreters,
    long[] PreferredStarts)
{
    /// <summary>Meeting length in minutes.</summary>
    public long Duration => Request.DurationMinutes;

    /// <summary>Whether exactly one interpreter must be assigned.</summary>
    public bool NeedsInterpreter => Interpreters.Count > 0;

    /// <summary>Whether the request names preferred windows.</summary>
    public bool HasPreference => Request.PreferredWindows.Count > 0;

    /// <summary>Whether the request is locked: it is held at its lock or not at all.</summary>
    public bool IsLocked => Request.Lock is not null;

    /// <summary>Whether <paramref name="start"/> (timeline minutes) is one of <see cref="Starts"/>. O(log n).</summary>
    /// <param name="start">A timeline minute.</param>
    public bool MayStartAt(long start) => Array.BinarySearch(Starts, start) >= 0;

    /// <inheritdoc />
    public bool Equals(PlannableRequest? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
