namespace Liaison.Domain.Programmes;

/// <summary>The kinds of rule a programme can break; see <see cref="ProgrammeValidator"/>.</summary>
public enum ViolationKind
{
    /// <summary>A meeting names a request, room, participant or interpreter the scenario does not have.</summary>
    UnknownReference,

    /// <summary>A request is placed twice, or is both placed and listed as unplaced, or is neither.</summary>
    RequestNotAccountedOnce,

    /// <summary>The meeting's participants are not the request's requester and invitees plus some of its optional attendees.</summary>
    WrongParticipants,

    /// <summary>The meeting's length differs from the request's duration.</summary>
    WrongDuration,

    /// <summary>The meeting does not start on the planning step from its day's start, or is not inside one working day.</summary>
    OutsideWorkingGrid,

    /// <summary>A participant is not free (absent or blocked) for the whole meeting.</summary>
    ParticipantNotFree,

    /// <summary>The room is too small, not suitable for a signing the request needs, or lacks a feature it requires.</summary>
    UnsuitableRoom,

    /// <summary>Two meetings overlap for the same principal, delegation, room or interpreter.</summary>
    DoubleBooking,

    /// <summary>A principal has less than the protocol buffer between two meetings.</summary>
    ProtocolBufferBreached,

    /// <summary>A participant's consecutive meetings are in different venues with less than the travel time between them (plus the protocol buffer for a principal).</summary>
    TravelTimeBreached,

    /// <summary>A locked request is placed elsewhere than its lock.</summary>
    LockNotHonoured,

    /// <summary>The interpreters assigned do not match the meeting's need (missing, wrong pair, unavailable or unneeded).</summary>
    InterpretationMismatch,
}
