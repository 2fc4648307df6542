using Liaison.Domain;
using Liaison.Domain.Records;
using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>What happened at a held meeting; at most one per meeting request.</summary>
public sealed class MeetingRecordEntity : IVersioned
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The event.</summary>
    public Guid EventId { get; set; }

    /// <summary>The request the meeting was held for; unique.</summary>
    public Guid RequestId { get; set; }

    /// <summary>The request's row.</summary>
    public MeetingRequestEntity? Request { get; set; }

    /// <summary>When the meeting began (UTC).</summary>
    public Instant Start { get; set; }

    /// <summary>When it ended (UTC).</summary>
    public Instant End { get; set; }

    /// <summary>People at the table, in order; stored as a JSON array.</summary>
    public List<StoredAttendee> Attendees { get; set; } = [];

    /// <summary>Topic codes, in order.</summary>
    public List<string> TopicCodes { get; set; } = [];

    /// <summary>What was said, or <c>null</c>.</summary>
    public string? Summary { get; set; }

    /// <summary>What the meeting led to.</summary>
    public MeetingOutcome Outcome { get; set; }

    /// <summary>Who may read the summary and attendees.</summary>
    public Confidentiality Confidentiality { get; set; }

    /// <summary>Whether the meeting may be named in public output.</summary>
    public Publicity Publicity { get; set; }

    /// <inheritdoc />
    public int Version { get; set; } = 1;
}
