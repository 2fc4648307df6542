namespace Liaison.Domain.Programmes;

/// <summary>The kinds of rule a programme can break; see <see cref="ProgrammeValidator"/>.</summary>
public enum ViolationKind
{
    /// <summary>A meeting names a request, room, participant or interpreter the scenario does not have.</summary>
    UnknownReference,

    /// <summary>A request is placed twice, or is both placed and listed as unplaced, or is neither.</summary>
    RequestNotAccountedOnce,

    /// <summary>The meeting's participants are not exactly the request's requester and invitees.</summary>
    WrongParticipants,

    /// <summary>The meeting's length differs from the request's duration.</summary>
    WrongDuration,

    /// <summary>The meeting does not start on the planning step from its day's start, or is not inside one working day.</summary>
    OutsideWorkingGrid,

    /// <summary>A participant is not free (absent or blocked) for the whole meeting.</summary>
    ParticipantNotFree,

    /// <summary>The room is too small or not suitable for a signing the request needs.</summary>
    UnsuitableRoom,

    /// <summary>Two meetings overlap for the same principal, delegation, room or interpreter.</summary>
    DoubleBooking,

    /// <summary>A principal has less than the protocol buffer between two meetings.</summary>
    ProtocolBufferBreached,

    /// <summary>The interpreters assigned do not match the meeting's need (missing, wrong pair, unavailable or unneeded).</summary>
    InterpretationMismatch,
}
