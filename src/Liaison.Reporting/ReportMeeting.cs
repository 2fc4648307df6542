using Liaison.Domain.Records;
using NodaTime;

namespace Liaison.Reporting;

/// <summary>One named meeting in the report's list.</summary>
/// <param name="Start">Event-local start (in the event's time zone), or <c>null</c> for a request not yet given a time.</param>
/// <param name="Partner">The partner's name in the report's language.</param>
/// <param name="Topics">Topic names in the report's language.</param>
/// <param name="Outcome">The recorded outcome, or <c>null</c> when the meeting has no record yet.</param>
/// <param name="Summary">The summary; <c>null</c> when none was recorded or the reader may not see it.</param>
/// <param name="IsWithheld">Whether restricted content exists but was withheld for want of clearance.</param>
public sealed record ReportMeeting(LocalDateTime? Start, string Partner, IReadOnlyList<string> Topics,
    MeetingOutcome? Outcome, string? Summary, bool IsWithheld);
