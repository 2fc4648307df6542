using System.Security.Claims;
using Liaison.Domain;
using Liaison.Domain.Records;
using Liaison.Web.Security;

namespace Liaison.Web.Events;

/// <summary>
/// An event's dossier cut to what one user may read, for a file that leaves the workspace: the records API's rule, so
/// that a file gives no one more than the screen does.
/// </summary>
internal static class ClearedDossier
{
    /// <summary>
    /// <paramref name="dossier"/> as <paramref name="user"/> may see it: without confidential clearance, each restricted
    /// record keeps its times, topics, outcome, confidentiality and publicity (so counts and reports stay right) but loses
    /// its summary and attendees.
    /// </summary>
    /// <returns>The dossier to write and the request ids whose record lost content (empty for a cleared user).</returns>
    public static (EventDossier Dossier, IReadOnlySet<string> Withheld) For(EventDossier dossier, ClaimsPrincipal user)
    {
        if (user.HasConfidentialClearance())
        {
            return (dossier, new HashSet<string>());
        }

        var withheld = dossier.Records.Where(r => r.Confidentiality == Confidentiality.Restricted).Select(r => r.RequestId)
            .ToHashSet(StringComparer.Ordinal);
        var records = dossier.Records.Select(r => withheld.Contains(r.RequestId)
            ? new MeetingRecord(r.RequestId, r.Start, r.End, [], r.TopicCodes, null, r.Outcome, r.Confidentiality, r.Publicity)
            : r);
        return (new EventDossier(dossier.Scenario, dossier.Topics, records, dossier.Agreements, dossier.Commitments), withheld);
    }
}
