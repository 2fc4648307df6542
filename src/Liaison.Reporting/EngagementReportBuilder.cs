using Liaison.Domain;
using Liaison.Domain.Partners;
using Liaison.Reporting.Building;
using NodaTime;

namespace Liaison.Reporting;

/// <summary>Builds an <see cref="EngagementReport"/> from an event's dossier for one language and audience.</summary>
/// <remarks>
/// Meetings are the dossier's records (held meetings); with no record yet, its requests (and the report says so).
/// In a public report a meeting is named only when its publicity is public: the others count towards the totals,
/// the topics and the days, but their partners appear nowhere (not in the regions, the map, the new partners, the
/// agreements or the meeting list). Stateless and thread-safe.
/// </remarks>
public static class EngagementReportBuilder
{
    /// <summary>Builds the report of <paramref name="dossier"/>.</summary>
    /// <param name="dossier">The event.</param>
    /// <param name="options">Language, audience, clearance and region scheme.</param>
    /// <param name="history">
    /// Dossiers of other events, to tell new partners (no meeting or agreement before this event's first day) from
    /// returning ones; empty when only this event is known, and then every partner counts as new and the report says so.
    /// </param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public static EngagementReport Build(EventDossier dossier, ReportOptions options, IReadOnlyCollection<EventDossier> history)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(history);
        var text = new ReportText(options.Culture);
        var (meetings, basis) = ReportedMeeting.Of(dossier);
        var named = meetings.Where(m => options.Audience == ReportAudience.Internal || m.Publicity == Publicity.Public).ToList();
        var others = history.Where(d => !ReferenceEquals(d, dossier)).ToList();
        var regions = Regions(dossier, named, options, text, others.Prepend(dossier).ToList(), isSingleEvent: others.Count == 0);
        var namedParties = named.SelectMany(m => m.PartyCodes).ToHashSet(StringComparer.Ordinal);
        var publicRequests = meetings.Where(m => m.Publicity == Publicity.Public).Select(m => m.RequestId).ToHashSet(StringComparer.Ordinal);
        var (agreements, unnamedAgreements) = SignedAgreements.Of(dossier, options, namedParties, publicRequests);
        var @event = dossier.Event;
        return new EngagementReport(
            @event.Name,
            @event.Venue,
            @event.TimeZone.Id,
            @event.Days[0].Date,
            @event.Days[^1].Date,
            options,
            new MeetingTally(meetings.Count, basis, meetings.Count - named.Count),
            regions,
            Topics(dossier, meetings, options),
            Days(@event, meetings),
            agreements,
            unnamedAgreements,
            others.Count == 0 ? NewPartnerBasis.SingleEvent : NewPartnerBasis.EarlierEvents,
            MeetingList(dossier, named, options, text));
    }

    private static List<RegionGroup> Regions(EventDossier dossier, List<ReportedMeeting> named, ReportOptions options,
        ReportText text, List<EventDossier> allEvents, bool isSingleEvent) =>
        named.SelectMany(m => m.PartyCodes)
            .GroupBy(code => code, StringComparer.Ordinal)
            .Select(g => (Party: dossier.Scenario.Party(g.Key), Meetings: g.Count()))
            .Select(p => (Region: RegionNames.Of(p.Party, options.Scheme, text), Partner: new ReportPartner(
                p.Party.Code, p.Party.Kind, PartyNames.Of(p.Party, options.Culture), p.Meetings,
                isSingleEvent || PartnerHistory.Build(p.Party.Code, allEvents).IsNewAt(dossier.Event))))
            .GroupBy(p => p.Region, StringComparer.Ordinal)
            .Select(g => new RegionGroup(g.Key, g.Select(p => p.Partner)
                .OrderByDescending(p => p.Meetings).ThenBy(p => p.Name, StringComparer.Create(options.Culture, false)).ToList()))
            .OrderByDescending(r => r.Meetings)
            .ThenBy(r => r.Name, StringComparer.Create(options.Culture, false))
            .ToList();

    private static List<TopicCount> Topics(EventDossier dossier, IReadOnlyList<ReportedMeeting> meetings, ReportOptions options) =>
        meetings.SelectMany(m => m.TopicCodes.Distinct(StringComparer.Ordinal))
            .GroupBy(code => code, StringComparer.Ordinal)
            .Select(g => new TopicCount(g.Key, dossier.Topics.Find(g.Key)?.NameIn(options.Language) ?? g.Key, g.Count()))
            .OrderByDescending(t => t.Meetings)
            .ThenBy(t => t.Name, StringComparer.Create(options.Culture, false))
            .ToList();

    private static List<DayCount> Days(Event @event, IReadOnlyList<ReportedMeeting> meetings)
    {
        var perDay = meetings.Where(m => m.Start.HasValue)
            .GroupBy(m => m.Start!.Value.InZone(@event.TimeZone).Date)
            .ToDictionary(g => g.Key, g => g.Count());
        return @event.Days.Select(d => new DayCount(d.Date, perDay.GetValueOrDefault(d.Date))).ToList();
    }

    private static List<ReportMeeting> MeetingList(EventDossier dossier, List<ReportedMeeting> named, ReportOptions options, ReportText text) =>
        named.OrderBy(m => m.Start ?? Instant.MaxValue)
            .ThenBy(m => m.RequestId, StringComparer.Ordinal)
            .Select(m =>
            {
                var restricted = m.Record?.Confidentiality == Domain.Records.Confidentiality.Restricted && !options.ShowsRestricted;
                var summary = options.Audience == ReportAudience.Internal && !restricted ? m.Record?.Summary : null;
                return new ReportMeeting(
                    m.Start?.InZone(dossier.Event.TimeZone).LocalDateTime,
                    string.Join(text["ListSeparator"], m.PartyCodes.Select(c => PartyNames.Of(dossier.Scenario.Party(c), options.Culture))),
                    m.TopicCodes.Select(c => dossier.Topics.Find(c)?.NameIn(options.Language) ?? c).ToList(),
                    m.Record?.Outcome,
                    summary,
                    IsWithheld: restricted && options.Audience == ReportAudience.Internal && m.Record?.Summary is not null);
            })
            .ToList();
}
