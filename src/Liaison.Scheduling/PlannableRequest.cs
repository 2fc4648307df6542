using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// A request that passed the static checks, turned into integer data for the model: the starts
/// at which it could be held alone, the rooms that suit it and the interpreters who could serve it.
/// </summary>
/// <param name="Request">The meeting request.</param>
/// <param name="ParticipantIds">Requester then invitees.</param>
/// <param name="Starts">Ascending timeline minutes at which every participant is free for the whole meeting
/// within one working day, on the planning step, and (when interpretation is needed) some listed interpreter is available.</param>
/// <param name="Rooms">Rooms with enough seats and, when needed, suitable for a signing; never empty.</param>
/// <param name="Interpreters">Interpreters covering an acceptable pair with their available starts; empty when none is needed.</param>
/// <param name="PreferredStarts">The subset of <paramref name="Starts"/> inside a preferred window; empty when the request states none.</param>
internal sealed record PlannableRequest(
    MeetingRequest Request,
    IReadOnlyList<string> ParticipantIds,
    long[] Starts,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<InterpreterOption> Interpreters,
    long[] PreferredStarts)
{
    /// <summary>Meeting length in minutes.</summary>
    public long Duration => Request.DurationMinutes;

    /// <summary>Whether exactly one interpreter must be assigned.</summary>
    public bool NeedsInterpreter => Interpreters.Count > 0;

    /// <summary>Whether the request names preferred windows.</summary>
    public bool HasPreference => Request.PreferredWindows.Count > 0;
}
