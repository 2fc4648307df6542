using System.Security.Claims;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Partners;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Partners;

/// <summary>
/// A partner's history, <c>GET /api/partners/{code}/history</c>: every meeting, agreement and commitment with the
/// country or organisation across all events, in time order, and whether it was new at each event. Cooperation desk
/// only. A reader who may not read confidential meetings (an analyst without clearance) does not get the meetings
/// that may not be named, nor the commitments agreed at them: listing them under the partner would name it.
/// </summary>
internal static class PartnersApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteHandlerBuilder MapPartnersApi(this RouteGroupBuilder api) =>
        api.MapGet("/partners/{code}/history", GetAsync).RequireAuthorization(Policies.CooperationDesk).WithTags("Partners")
            .WithSummary("The partner's meetings, agreements and commitments across every event, with isNew per event; 404 when no event lists it.");

    private static async Task<Results<Ok<PartnerHistoryResponse>, NotFound>> GetAsync(
        string code, DossierStore dossiers, ClaimsPrincipal user, CancellationToken ct)
    {
        var history = await dossiers.PartnerHistoryAsync(code, ct);
        var visible = history.Entries.Where(e => user.MayReadConfidential() || Nameable(e)).ToList();
        if (visible.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var events = visible.Select(e => e.Dossier).Distinct()
            .Select(d => d.Event)
            .OrderBy(e => e.Days[0].Date)
            .Select(e => new PartnerEventResponse(e.Name, e.Days[0].Date.ToDateOnly(), e.TimeZone.Id, history.IsNewAt(e)))
            .ToList();
        return TypedResults.Ok(new PartnerHistoryResponse(history.PartyCode, events, visible.Select(Respond).ToList()));
    }

    /// <summary>Whether the entry may be shown to a reader without confidential access: not a confidential meeting, nor a commitment agreed at one.</summary>
    private static bool Nameable(PartnerHistoryEntry entry) => entry switch
    {
        PartnerMeeting meeting => meeting.Record.Publicity == Publicity.Public,
        PartnerCommitment { Commitment.MeetingRequestId: { } requestId } commitment =>
            (commitment.Dossier.RecordOf(requestId)?.Publicity ?? commitment.Dossier.Scenario.Request(requestId).Publicity) == Publicity.Public,
        _ => true,
    };

    private static PartnerEntryResponse Respond(PartnerHistoryEntry entry)
    {
        var (kind, status, topics) = entry switch
        {
            PartnerMeeting m => ("Meeting", m.Record.Outcome.ToString(), m.Record.TopicCodes),
            PartnerAgreement a => ("Agreement", a.Agreement.Status.ToString(), a.Agreement.SubjectTopicCodes),
            PartnerCommitment c => ("Commitment", c.Commitment.Status.ToString(), (IReadOnlyList<string>)[]),
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.GetType().Name, "Not a kind of partner history entry."),
        };
        return new PartnerEntryResponse(kind, entry.Event.Name, entry.At.ToDateTimeOffset(), entry.Date.ToDateOnly(), entry.ItemId, status, topics);
    }
}
