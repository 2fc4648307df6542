using NodaTime;

namespace Liaison.Domain.Partners;

/// <summary>
/// Everything one partner (country or organisation, by party code) has had with us across events: every held
/// meeting, agreement and commitment, in time order.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartnerHistory
{
    private PartnerHistory(string partyCode, IReadOnlyList<PartnerHistoryEntry> entries)
    {
        PartyCode = partyCode;
        Entries = entries;
    }

    /// <summary>The partner's party code.</summary>
    public string PartyCode { get; }

    /// <summary>
    /// Meetings, agreements and commitments in time order (<see cref="PartnerHistoryEntry.At"/>); at the same
    /// instant meetings come before agreements before commitments, then by item id.
    /// </summary>
    public IReadOnlyList<PartnerHistoryEntry> Entries { get; }

    /// <summary>Builds the history of <paramref name="partyCode"/> from the dossiers of any number of events.</summary>
    /// <param name="partyCode">A country or organisation code.</param>
    /// <param name="dossiers">Events, in any order.</param>
    /// <returns>The history; empty when the party appears in none of the dossiers.</returns>
    public static PartnerHistory Build(string partyCode, IEnumerable<EventDossier> dossiers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partyCode);
        ArgumentNullException.ThrowIfNull(dossiers);
        var entries = dossiers.SelectMany(d => EntriesOf(partyCode, d))
            .OrderBy(e => e.At)
            .ThenBy(KindRank)
            .ThenBy(e => e.ItemId, StringComparer.Ordinal)
            .ToList();
        return new PartnerHistory(partyCode, entries);
    }

    /// <summary>
    /// Whether the partner is new at <paramref name="event"/>: it had no meeting or agreement before the start of the
    /// event's first day (in the event's zone). Ties made at the event itself do not count.
    /// </summary>
    /// <param name="event">The event.</param>
    public bool IsNewAt(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return IsNewAt(@event.TimeZone.AtStartOfDay(@event.Days[0].Date).ToInstant());
    }

    /// <summary>Whether the partner had no meeting or agreement before <paramref name="firstDay"/>.</summary>
    /// <param name="firstDay">The start of the event's first day (UTC).</param>
    public bool IsNewAt(Instant firstDay) => !Entries.Any(e => e.IsTie && e.At < firstDay);

    private static IEnumerable<PartnerHistoryEntry> EntriesOf(string partyCode, EventDossier dossier)
    {
        bool InMeeting(string? requestId) => requestId is not null && dossier.PartnerPartyCodes(requestId).Contains(partyCode);
        foreach (var record in dossier.Records.Where(r => InMeeting(r.RequestId)))
        {
            yield return new PartnerMeeting(dossier, record);
        }

        foreach (var agreement in dossier.Agreements.Where(a => a.PartnerPartyCode == partyCode))
        {
            yield return new PartnerAgreement(dossier, agreement);
        }

        foreach (var commitment in dossier.Commitments.Where(c =>
            (c.AgreementId is not null && dossier.Agreement(c.AgreementId)?.PartnerPartyCode == partyCode) || InMeeting(c.MeetingRequestId)))
        {
            yield return new PartnerCommitment(dossier, commitment);
        }
    }

    private static int KindRank(PartnerHistoryEntry entry) => entry switch
    {
        PartnerMeeting => 0,
        PartnerAgreement => 1,
        _ => 2,
    };
}
