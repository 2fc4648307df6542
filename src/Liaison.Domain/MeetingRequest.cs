using NodaTime;

namespace Liaison.Domain;

/// <summary>
/// A delegation's request to meet one or more principals or other delegations: a bilateral with one
/// invitee, a trilateral or a round table with several.
/// </summary>
/// <remarks>
/// Required participants are the requester and the invitees; optional attendees join when they are
/// free at the time chosen (the planner rewards each one who attends, below any placement).
/// Immutable and thread-safe.
/// </remarks>
public sealed class MeetingRequest
{
    /// <summary>Lowest priority.</summary>
    public const int MinPriority = 1;

    /// <summary>Highest priority.</summary>
    public const int MaxPriority = 5;

    /// <summary>Creates a request.</summary>
    /// <param name="id">Scenario-unique identifier.</param>
    /// <param name="requestedBy">Id of the requesting delegation.</param>
    /// <param name="invitees">Ids of the principals or delegations asked for; at least one, not the requester.</param>
    /// <param name="durationMinutes">Length in minutes; positive (the scenario reader also checks it is a multiple of the planning step).</param>
    /// <param name="priority"><see cref="MinPriority"/> (lowest) to <see cref="MaxPriority"/> (highest); the planner's weight for placing the request.</param>
    /// <param name="topics">Topic codes, e.g. <c>cybercrime</c>.</param>
    /// <param name="preferredWindows">UTC intervals the requester prefers; empty means no preference.</param>
    /// <param name="needsSigningRoom">Whether an agreement will be signed, so the room must be suitable for a signing.</param>
    /// <param name="publicity">Whether the meeting may be named in public output.</param>
    /// <param name="expectedAttendees">People at the table, both sides; the room's capacity must be at least this.</param>
    /// <param name="interpretation">
    /// Language pairs any one of which an interpreter must cover; <c>null</c> to derive them from the
    /// participants' languages (see <see cref="Interpretation"/>); empty to state no interpreter is needed.
    /// </param>
    /// <param name="optionalAttendees">Principals or delegations who attend when free; none of them a required participant. <c>null</c> for none.</param>
    /// <param name="requiredFeatures">Room features the meeting needs (see <see cref="Room.Features"/>). <c>null</c> for none.</param>
    /// <param name="lockedAt">Where the meeting is pinned, or <c>null</c> when the planner may choose.</param>
    /// <exception cref="ArgumentException">On empty ids, no invitee, the requester among the invitees, a non-positive duration, a priority out of range,
    /// fewer than 2 attendees, an optional attendee who is also required, or an empty feature.</exception>
    public MeetingRequest(string id, string requestedBy, IEnumerable<string> invitees, int durationMinutes, int priority,
        IEnumerable<string> topics, IEnumerable<Interval> preferredWindows, bool needsSigningRoom, Publicity publicity,
        int expectedAttendees, IEnumerable<LanguagePair>? interpretation = null, IEnumerable<string>? optionalAttendees = null,
        IEnumerable<string>? requiredFeatures = null, MeetingLock? lockedAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentNullException.ThrowIfNull(invitees);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(preferredWindows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationMinutes);
        ArgumentOutOfRangeException.ThrowIfLessThan(priority, MinPriority);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(priority, MaxPriority);
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedAttendees, 2);
        Id = id;
        RequestedBy = requestedBy;
        Invitees = invitees.Distinct(StringComparer.Ordinal).ToList();
        if (Invitees.Count == 0)
        {
            throw new ArgumentException($"Request '{id}' asks to meet nobody.", nameof(invitees));
        }

        if (Invitees.Contains(requestedBy))
        {
            throw new ArgumentException($"Request '{id}' invites its own requester '{requestedBy}'.", nameof(invitees));
        }

        DurationMinutes = durationMinutes;
        Priority = priority;
        Topics = topics.ToList();
        PreferredWindows = preferredWindows.OrderBy(w => w.Start).ToList();
        NeedsSigningRoom = needsSigningRoom;
        Publicity = publicity;
        ExpectedAttendees = expectedAttendees;
        Interpretation = interpretation?.Distinct().ToList();
        OptionalAttendees = (optionalAttendees ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (OptionalAttendees.FirstOrDefault(o => o == requestedBy || Invitees.Contains(o)) is { } both)
        {
            throw new ArgumentException($"Request '{id}' names '{both}' both as required and as optional.", nameof(optionalAttendees));
        }

        RequiredFeatures = (requiredFeatures ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (RequiredFeatures.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Request '{id}' requires an empty feature.", nameof(requiredFeatures));
        }

        Lock = lockedAt;
    }

    /// <summary>Scenario-unique identifier.</summary>
    public string Id { get; }

    /// <summary>Id of the requesting delegation.</summary>
    public string RequestedBy { get; }

    /// <summary>Ids of the principals or delegations asked for.</summary>
    public IReadOnlyList<string> Invitees { get; }

    /// <summary>Principals or delegations who attend when free; never required participants.</summary>
    public IReadOnlyList<string> OptionalAttendees { get; }

    /// <summary>Room features the meeting needs, in ordinal order; empty when none.</summary>
    public IReadOnlyList<string> RequiredFeatures { get; }

    /// <summary>Where the meeting is pinned, or <c>null</c> when the planner may choose.</summary>
    public MeetingLock? Lock { get; }

    /// <summary>The requester followed by the invitees: everyone who must attend.</summary>
    public IEnumerable<string> ParticipantIds => Invitees.Prepend(RequestedBy);

    /// <summary>Length in minutes.</summary>
    public int DurationMinutes { get; }

    /// <summary>1 (lowest) to 5 (highest); the objective weight of placing the request.</summary>
    public int Priority { get; }

    /// <summary>Topic codes.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>Preferred UTC windows, sorted; empty means no preference.</summary>
    public IReadOnlyList<Interval> PreferredWindows { get; }

    /// <summary>Whether an agreement will be signed at the meeting.</summary>
    public bool NeedsSigningRoom { get; }

    /// <summary>Whether the meeting may be named in public output.</summary>
    public Publicity Publicity { get; }

    /// <summary>People at the table, both sides.</summary>
    public int ExpectedAttendees { get; }

    /// <summary>Explicit acceptable interpreter pairs, or <c>null</c> to derive them from languages.</summary>
    public IReadOnlyList<LanguagePair>? Interpretation { get; }

    /// <summary>A copy of this request pinned at <paramref name="lockedAt"/>, or unpinned when it is <c>null</c>.</summary>
    /// <param name="lockedAt">The new lock.</param>
    public MeetingRequest WithLock(MeetingLock? lockedAt) =>
        new(Id, RequestedBy, Invitees, DurationMinutes, Priority, Topics, PreferredWindows, NeedsSigningRoom, Publicity,
            ExpectedAttendees, Interpretation, OptionalAttendees, RequiredFeatures, lockedAt);
}
