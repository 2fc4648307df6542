using NodaTime;

namespace Liaison.Domain.Records;

/// <summary>What happened at a held meeting: when, who attended, the topics, a summary and the outcome.</summary>
/// <remarks>
/// One record per meeting request of the event (<see cref="EventDossier"/> checks this). Immutable and thread-safe.
/// </remarks>
public sealed class MeetingRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="requestId">The meeting request the meeting was held for.</param>
    /// <param name="start">When the meeting began (UTC).</param>
    /// <param name="end">When it ended (UTC); after <paramref name="start"/>.</param>
    /// <param name="attendees">The people at the table, both sides.</param>
    /// <param name="topicCodes">Topics discussed, codes of the event's taxonomy; repeated codes are kept once.</param>
    /// <param name="summary">What was said, or <c>null</c> when not yet written.</param>
    /// <param name="outcome">What the meeting led to.</param>
    /// <param name="confidentiality">Who may read the summary and attendees.</param>
    /// <param name="publicity">Whether the meeting may be named in public output.</param>
    /// <exception cref="ArgumentException">On an empty request id or summary, an end not after the start, or a badly shaped topic code.</exception>
    public MeetingRecord(string requestId, Instant start, Instant end, IEnumerable<Attendee> attendees,
        IEnumerable<string> topicCodes, string? summary, MeetingOutcome outcome, Confidentiality confidentiality, Publicity publicity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(topicCodes);
        if (end <= start)
        {
            throw new ArgumentException($"The record of '{requestId}' ends ({end}) before or when it starts ({start}).", nameof(end));
        }

        if (summary is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        }

        RequestId = requestId;
        Start = start;
        End = end;
        Attendees = attendees.ToList();
        TopicCodes = topicCodes.Distinct(StringComparer.Ordinal).ToList();
        if (TopicCodes.FirstOrDefault(c => !Topics.Topic.IsValidCode(c)) is { } bad)
        {
            throw new ArgumentException($"The record of '{requestId}' names '{bad}', which is not a topic code.", nameof(topicCodes));
        }

        Summary = summary;
        Outcome = outcome;
        Confidentiality = confidentiality;
        Publicity = publicity;
    }

    /// <summary>The meeting request the meeting was held for.</summary>
    public string RequestId { get; }

    /// <summary>When the meeting began (UTC).</summary>
    public Instant Start { get; }

    /// <summary>When the meeting ended (UTC).</summary>
    public Instant End { get; }

    /// <summary>The people at the table, both sides, in the order given.</summary>
    public IReadOnlyList<Attendee> Attendees { get; }

    /// <summary>Topic codes discussed, each once, in the order given.</summary>
    public IReadOnlyList<string> TopicCodes { get; }

    /// <summary>What was said, or <c>null</c>.</summary>
    public string? Summary { get; }

    /// <summary>What the meeting led to.</summary>
    public MeetingOutcome Outcome { get; }

    /// <summary>Who may read <see cref="Summary"/> and <see cref="Attendees"/>.</summary>
    public Confidentiality Confidentiality { get; }

    /// <summary>Whether the meeting may be named in public output.</summary>
    public Publicity Publicity { get; }
}
