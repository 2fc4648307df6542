using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Data.Tests;

/// <summary>
/// A small Marrakech event that uses every field a scenario can hold (regions, agencies, explicit and
/// derived interpretation, availability, preferred windows, blocked times for some and for all),
/// and a conflict-free programme for it.
/// </summary>
internal static class SampleScenario
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    public static readonly LocalDate Day1 = new(2024, 11, 25);

    public static Instant Local(int day, int hour, int minute = 0) =>
        EventTime.ToInstant(Zone, Day1.PlusDays(day - 1) + new LocalTime(hour, minute));

    public static Interval Span(int day, int hour, int minute, int minutes) =>
        new(Local(day, hour, minute), Local(day, hour, minute) + Duration.FromMinutes(minutes));

    public static Scenario Create(params MeetingRequest[] extraRequests) => new(
        new Event("92nd INTERPOL General Assembly", "Marrakech, Morocco", Zone,
            [new EventDay(Day1, new LocalTime(9, 0), new LocalTime(19, 0)), new EventDay(Day1.PlusDays(1), new LocalTime(9, 30), new LocalTime(18, 0))],
            planningStepMinutes: 5, protocolBufferMinutes: 15),
        [
            new Party("NO", PartyKind.Country, "Norway", "Europe"),
            new Party("SN", PartyKind.Country, "Senegal"),
            new Party("ET", PartyKind.Country, "Ethiopia", "Africa"),
            new Party("AIMC", PartyKind.Organisation, "Council of Arab Interior Ministers", "International organisations"),
        ],
        [new Agency("no-police", "NO", "Norwegian Police Service"), new Agency("et-fp", "ET", "Ethiopian Federal Police")],
        [
            new Delegation("del-no", "NO", "no-police", "National Police Commissioner", ["en", "no"], Local(1, 8), Local(2, 18)),
            new Delegation("del-sn", "SN", null, "Director General of Police", ["fr"], Local(1, 8), Local(1, 17)),
            new Delegation("del-et", "ET", "et-fp", "Commissioner General", ["en", "am"], Local(1, 9), Local(2, 18)),
            new Delegation("del-aimc", "AIMC", null, "Secretary General", ["ar"], Local(1, 9), Local(2, 18)),
        ],
        [new Principal("dg", "Director General for National Security", ["ar", "fr"]), new Principal("deputy", "Deputy Director General", ["ar", "en"])],
        [new Room("atlas", "Salon Atlas", 12, true), new Room("menara", "Salon Menara", 6, false), new Room("agdal", "Salon Agdal", 8, false)],
        [
            new Interpreter("int-ar-en", "Interpreter AR/EN", [LanguagePair.Parse("ar/en")], []),
            new Interpreter("int-multi", "Interpreter AR/FR and EN/FR", [LanguagePair.Parse("ar/fr"), LanguagePair.Parse("en/fr")], [Span(1, 9, 0, 300), Span(2, 9, 30, 240)]),
        ],
        [
            new BlockedTime("opening", "Opening ceremony", BlockedTimeKind.Ceremony, Span(1, 9, 0, 60), []),
            new BlockedTime("dg-plenary", "Plenary address", BlockedTimeKind.Plenary, Span(2, 10, 0, 45), ["dg"]),
        ],
        [
            new MeetingRequest("R1", "del-no", ["dg"], 30, 5, ["cross-border-crime"], [Span(1, 10, 0, 180)], true, Publicity.Public, 8, [LanguagePair.Parse("ar/en")]),
            new MeetingRequest("R2", "del-sn", ["deputy"], 45, 3, ["terrorism", "police-training"], [], false, Publicity.Confidential, 4),
            new MeetingRequest("R3", "del-et", ["del-aimc"], 30, 1, [], [Span(2, 11, 0, 60), Span(1, 14, 0, 60)], false, Publicity.Public, 6, []),
            .. extraRequests,
        ]);

    /// <summary>R1 in atlas and R2 in menara at 10:00 on day 1, R3 in agdal at 10:00: disjoint people and rooms.</summary>
    public static Programme Programme() => new(
        [
            new ScheduledMeeting("R1", Span(1, 10, 0, 30), "atlas", ["del-no", "dg"], ["int-ar-en"]),
            new ScheduledMeeting("R2", Span(1, 10, 0, 45), "menara", ["del-sn", "deputy"], []),
            new ScheduledMeeting("R3", Span(1, 10, 0, 30), "agdal", ["del-et", "del-aimc"], []),
        ],
        []);
}
