using System.ComponentModel.DataAnnotations;
using Liaison.Domain;
using Liaison.Domain.Records;

namespace Liaison.Web.Records;

/// <summary>The body of <c>PUT /api/events/{eventId}/records/{requestId}</c>: the whole record of a held meeting.</summary>
/// <param name="Start">When the meeting began (ISO 8601 with offset).</param>
/// <param name="End">When it ended, after <paramref name="Start"/>.</param>
/// <param name="Attendees">People at the table, in order.</param>
/// <param name="TopicCodes">Codes of the event's topic taxonomy.</param>
/// <param name="Summary">What was said, or <c>null</c>.</param>
/// <param name="Outcome">What the meeting led to.</param>
/// <param name="Confidentiality">Restricted: summary and attendees only for users with confidential clearance.</param>
/// <param name="Publicity">Whether the meeting may be named in public output.</param>
/// <param name="Version">The record's version as read; 0 when writing the first record of the meeting (409 when it changed meanwhile).</param>
public sealed record RecordInput(
    DateTimeOffset Start,
    DateTimeOffset End,
    [property: Required] IReadOnlyList<AttendeeBody> Attendees,
    [property: Required] IReadOnlyList<string> TopicCodes,
    [property: StringLength(10_000)] string? Summary,
    MeetingOutcome Outcome,
    Confidentiality Confidentiality,
    Publicity Publicity,
    [property: Range(0, int.MaxValue)] int Version);
