using Liaison.Domain;
using Liaison.Domain.Records;

namespace Liaison.Web.Records;

/// <summary>
/// The record of a held meeting. A restricted record read without confidential clearance has <see cref="Withheld"/>
/// true and <c>null</c> summary and attendees: the content exists, it is not shown to this reader.
/// </summary>
/// <param name="RequestId">Scenario id of the meeting's request.</param>
/// <param name="Start">Start (UTC).</param>
/// <param name="End">End (UTC).</param>
/// <param name="StartLocal">Start in the event's zone, ISO 8601 with offset.</param>
/// <param name="EndLocal">End in the event's zone, ISO 8601 with offset.</param>
/// <param name="TimeZone">The event's IANA zone, the label of the local times.</param>
/// <param name="Attendees">People at the table, or <c>null</c> when withheld.</param>
/// <param name="TopicCodes">Topic codes.</param>
/// <param name="Summary">What was said, or <c>null</c> (none written, or withheld).</param>
/// <param name="Outcome">What the meeting led to.</param>
/// <param name="Confidentiality">Normal or Restricted.</param>
/// <param name="Publicity">Whether the meeting may be named in public output.</param>
/// <param name="Withheld">Whether summary and attendees were withheld for want of confidential clearance.</param>
/// <param name="Version">Concurrency version; send it back with the next write.</param>
public sealed record RecordResponse(
    string RequestId, DateTimeOffset Start, DateTimeOffset End, string StartLocal, string EndLocal, string TimeZone,
    IReadOnlyList<AttendeeBody>? Attendees, IReadOnlyList<string> TopicCodes, string? Summary, MeetingOutcome Outcome,
    Confidentiality Confidentiality, Publicity Publicity, bool Withheld, int Version);
