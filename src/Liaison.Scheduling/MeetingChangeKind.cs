namespace Liaison.Scheduling;

/// <summary>What re-planning did to one request's meeting.</summary>
public enum MeetingChangeKind
{
    /// <summary>Held before and now at the same start, in the same room, with the same interpreters.</summary>
    Kept,

    /// <summary>Held before and now at another start or in another room.</summary>
    Moved,

    /// <summary>Held before and no longer: the request was cancelled, or no place is left for it.</summary>
    Dropped,

    /// <summary>Not held before (a new request, or one left out before) and held now.</summary>
    NewlyPlaced,
}
