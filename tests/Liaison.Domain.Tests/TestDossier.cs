using Liaison.Domain.Agreements;
using Liaison.Domain.Commitments;
using Liaison.Domain.Records;
using Liaison.Domain.Topics;
using NodaTime;

namespace Liaison.Domain.Tests;

/// <summary>Dossiers of a two-day event in Paris (Norway's request R1, Senegal's R2) starting on any date.</summary>
internal static class TestDossier
{
    public static Scenario Scenario(LocalDate firstDay)
    {
        var zone = TestScenario.Zone;
        Instant At(int day, int hour) => EventTime.ToInstant(zone, firstDay.PlusDays(day - 1) + new LocalTime(hour, 0));
        var @event = new Event($"Summit {firstDay.Year}", "Paris", zone,
        [
            new EventDay(firstDay, new LocalTime(9, 0), new LocalTime(18, 0)),
            new EventDay(firstDay.PlusDays(1), new LocalTime(9, 0), new LocalTime(18, 0)),
        ]);
        return new Scenario(@event,
            [new Party("NO", PartyKind.Country, "Norway"), new Party("SN", PartyKind.Country, "Senegal")],
            [new Agency("no-police", "NO", "Norwegian Police")],
            [
                new Delegation("del-no", "NO", "no-police", "Police Commissioner", ["en"], At(1, 8), At(2, 20)),
                new Delegation("del-sn", "SN", null, "Director General of Police", ["fr"], At(1, 8), At(2, 20)),
            ],
            [new Principal("dg", "Director General", ["fr"])],
            [new Room("signing", "Signing room", 12, true)],
            [],
            [],
            [TestScenario.Request("R1", "del-no"), TestScenario.Request("R2", "del-sn")]);
    }

    public static MeetingRecord Record(Scenario scenario, string requestId, int day, int hour, params string[] topics)
    {
        var start = EventTime.ToInstant(scenario.Event.TimeZone, scenario.Event.Days[day - 1].Date + new LocalTime(hour, 0));
        return new MeetingRecord(requestId, start, start + Duration.FromMinutes(30),
            [new Attendee("Director General", null, AttendeeSide.Host)], topics.Length == 0 ? ["cybercrime"] : topics,
            "Illustrative summary.", MeetingOutcome.FollowUpAgreed, Confidentiality.Normal, Publicity.Public);
    }

    public static Agreement Mou(string id, string partyCode, LocalDate signedOn, string? requestId = null) =>
        new(id, AgreementKind.MemorandumOfUnderstanding, new Dictionary<string, string> { ["en"] = "MoU on cross-border crime" },
            partyCode, null, null, signedOn, "Paris", requestId, ["cross-border-crime"], AgreementStatus.Signed, [], null, null, null);

    public static Commitment Commitment(string id, LocalDate due, string? agreementId = null, string? requestId = null) =>
        new(id, "Exchange contact points", "International Cooperation Division", due, CommitmentStatus.Open, agreementId, requestId);

    public static EventDossier Dossier(Scenario scenario, IEnumerable<MeetingRecord>? records = null,
        IEnumerable<Agreement>? agreements = null, IEnumerable<Commitment>? commitments = null) =>
        new(scenario, TopicTaxonomy.Default, records ?? [], agreements ?? [], commitments ?? []);
}
