using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>
/// A meeting of the programme: which request, where, when (UTC) and with which interpreters.
/// Its <see cref="Bookings"/> hold the room, participants and interpreters for its time, and the
/// database refuses two overlapping bookings of one resource (see docs/database.md).
/// </summary>
public sealed class MeetingEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The request it fulfils; at most one meeting per request.</summary>
    public Guid RequestId { get; set; }

    /// <summary>The request row.</summary>
    public MeetingRequestEntity? Request { get; set; }

    /// <summary>The room.</summary>
    public Guid RoomId { get; set; }

    /// <summary>The room row.</summary>
    public RoomEntity? Room { get; set; }

    /// <summary>UTC start (inclusive).</summary>
    public Instant Start { get; set; }

    /// <summary>UTC end (exclusive).</summary>
    public Instant End { get; set; }

    /// <summary>Scenario ids of the interpreters assigned; empty when none is needed.</summary>
    public List<string> InterpreterIds { get; set; } = [];

    /// <summary>Whether re-planning must leave it where it is.</summary>
    public bool Locked { get; set; }

    /// <summary>The planner run that placed it, or <c>null</c> when placed by hand.</summary>
    public Guid? PlannerRunId { get; set; }

    /// <summary>The resources this meeting holds for its time; rewritten whenever it moves.</summary>
    public List<MeetingBookingEntity> Bookings { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
