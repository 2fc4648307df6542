namespace Liaison.Web.Setup;

/// <summary>A rule of the event set-up that needs the database to check (the inputs' attributes state the rest).</summary>
public enum SetupRule
{
    /// <summary>The event, or the row to edit, does not exist.</summary>
    NotFound,

    /// <summary>Another row of the event already has this scenario id (principals and delegations share one namespace).</summary>
    DuplicateId,

    /// <summary>The scenario id of an existing row cannot change: requests and meetings refer to it.</summary>
    IdFixed,

    /// <summary>An end that is not after its start (intervals are half-open: the start is in, the end is out).</summary>
    EndNotAfterStart,

    /// <summary>An event-local time the zone skips or repeats (a clock change): Liaison never guesses which instant was meant.</summary>
    LocalTimeNotUnique,

    /// <summary>Another working day of the event already has this date.</summary>
    DuplicateDate,

    /// <summary>The event's only working day cannot be removed: an event needs at least one.</summary>
    LastDay,

    /// <summary>The change would leave blocked times outside the event (00:00 of its first day to 24:00 of its last, local).</summary>
    BlockedTimesOutside,

    /// <summary>A blocked time outside the event (00:00 of its first day to 24:00 of its last, local).</summary>
    OutsideEvent,

    /// <summary>A participant id that is neither a principal nor a delegation of the event.</summary>
    UnknownParticipant,

    /// <summary>Scheduled meetings stand in the way; the change is made only when the caller confirms their unscheduling.</summary>
    MeetingsInTheWay,
}
