using Liaison.Domain;

namespace Liaison.Data.Entities;

/// <summary>A delegation's request to meet a principal or other delegations, with its status.</summary>
public sealed class MeetingRequestEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The id the request has in scenario files; unique per event.</summary>
    public string ScenarioId { get; set; } = "";

    /// <summary>Position in the scenario's list (0-based).</summary>
    public int Position { get; set; }

    /// <summary>The requesting delegation.</summary>
    public Guid RequesterId { get; set; }

    /// <summary>The requesting delegation's row.</summary>
    public DelegationEntity? Requester { get; set; }

    /// <summary>Scenario ids of the principals and delegations invited, in the request's order.</summary>
    public List<string> InviteeIds { get; set; } = [];

    /// <summary>Length in minutes; a multiple of the event's planning step.</summary>
    public int DurationMinutes { get; set; }

    /// <summary>1 (lowest) to 5 (highest).</summary>
    public int Priority { get; set; }

    /// <summary>Topic keys, in the request's order.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Preferred UTC windows as ISO 8601 "start/end" texts (see <see cref="StoredInterval"/>).</summary>
    public List<string> PreferredWindows { get; set; } = [];

    /// <summary>Whether an agreement will be signed (needs a signing room).</summary>
    public bool NeedsSigningRoom { get; set; }

    /// <summary>Whether the meeting may be made public.</summary>
    public Publicity Publicity { get; set; }

    /// <summary>People expected in the room.</summary>
    public int ExpectedAttendees { get; set; }

    /// <summary>Explicit acceptable interpreter pairs ("ar/en"); <c>null</c> = derived from languages, empty = none needed.</summary>
    public List<string>? Interpretation { get; set; }

    /// <summary>Current status; change it only through RequestWorkflow so history is kept.</summary>
    public RequestStatus Status { get; set; } = RequestStatus.Submitted;

    /// <summary>Every status change, oldest first by <see cref="RequestStatusChange.At"/>.</summary>
    public List<RequestStatusChange> StatusHistory { get; set; } = [];

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
