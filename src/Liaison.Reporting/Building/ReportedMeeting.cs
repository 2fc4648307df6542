using Liaison.Domain;
using Liaison.Domain.Records;
using NodaTime;

namespace Liaison.Reporting.Building;

/// <summary>One meeting the report counts: a held meeting (its record) or, before any record, a request.</summary>
/// <param name="RequestId">The meeting request's id.</param>
/// <param name="Start">When it started (UTC), or <c>null</c> for a request not yet given a time.</param>
/// <param name="PartyCodes">The partner parties (the delegations' parties, the host's principals excluded).</param>
/// <param name="TopicCodes">Topic codes discussed (record) or asked for (request).</param>
/// <param name="Publicity">Whether the meeting may be named in public output.</param>
/// <param name="Record">The record, or <c>null</c> when counting requests.</param>
internal sealed record ReportedMeeting(string RequestId, Instant? Start, IReadOnlyList<string> PartyCodes,
    IReadOnlyList<string> TopicCodes, Publicity Publicity, MeetingRecord? Record)
{
    /// <summary>The held meetings of <paramref name="dossier"/> when it has records, else its requests (locked ones with their time).</summary>
    /// <param name="dossier">The event.</param>
    public static (IReadOnlyList<ReportedMeeting> Meetings, MeetingBasis Basis) Of(EventDossier dossier)
    {
        if (dossier.Records.Count > 0)
        {
            var held = dossier.Records
                .Select(r => new ReportedMeeting(r.RequestId, r.Start, dossier.PartnerPartyCodes(r.RequestId), r.TopicCodes, r.Publicity, r))
                .ToList();
            return (held, MeetingBasis.Held);
        }

        var requested = dossier.Scenario.Requests
            .Select(q => new ReportedMeeting(q.Id, q.Lock?.Start, dossier.PartnerPartyCodes(q.Id), q.Topics, q.Publicity, null))
            .ToList();
        return (requested, MeetingBasis.Requested);
    }
}
