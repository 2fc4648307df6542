using NodaTime;

namespace Liaison.Reporting;

/// <summary>
/// What an event left behind, ready to print: meetings counted, partners by region, topics by frequency,
/// agreements signed, new partners and meetings by day, all in one language and already filtered for
/// one audience (build it with <see cref="EngagementReportBuilder"/>).
/// </summary>
/// <remarks>
/// Nothing in a public report names a confidential meeting's partner: the builder leaves such partners out of
/// every list here, so a renderer cannot leak them. Immutable and thread-safe.
/// </remarks>
/// <param name="EventName">The event's name.</param>
/// <param name="Venue">Where it took place.</param>
/// <param name="TimeZoneId">The event's IANA time zone; every date and time here is local to it.</param>
/// <param name="FirstDay">The first event-local day.</param>
/// <param name="LastDay">The last event-local day.</param>
/// <param name="Options">Language, audience, clearance and region scheme.</param>
/// <param name="Meetings">How many meetings and how many are not named.</param>
/// <param name="Regions">Named partners grouped by region, most meetings first.</param>
/// <param name="Topics">Topics, most frequent first, then by name.</param>
/// <param name="MeetingsByDay">Every day of the event in order, days without meetings included.</param>
/// <param name="Agreements">Agreements signed at the event that the report may name, by date of signature.</param>
/// <param name="UnnamedAgreements">Agreements signed at the event that the report counts but may not name.</param>
/// <param name="NewPartnerBasis">What "new" was judged against.</param>
/// <param name="MeetingList">The named meetings in time order.</param>
public sealed record EngagementReport(
    string EventName,
    string Venue,
    string TimeZoneId,
    LocalDate FirstDay,
    LocalDate LastDay,
    ReportOptions Options,
    MeetingTally Meetings,
    IReadOnlyList<RegionGroup> Regions,
    IReadOnlyList<TopicCount> Topics,
    IReadOnlyList<DayCount> MeetingsByDay,
    IReadOnlyList<ReportAgreement> Agreements,
    int UnnamedAgreements,
    NewPartnerBasis NewPartnerBasis,
    IReadOnlyList<ReportMeeting> MeetingList)
{
    /// <summary>The named partners that were new at this event, in region order.</summary>
    public IEnumerable<ReportPartner> NewPartners => Regions.SelectMany(r => r.Partners).Where(p => p.IsNew);

    /// <summary>Meetings per named country, by ISO 3166-1 alpha-2 code, for the map.</summary>
    public IReadOnlyDictionary<string, int> MeetingsByCountry =>
        Regions.SelectMany(r => r.Partners)
            .Where(p => p.Kind == Domain.PartyKind.Country)
            .ToDictionary(p => p.Code, p => p.Meetings, StringComparer.Ordinal);
}
