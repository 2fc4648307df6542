using NodaTime;

namespace Liaison.Domain.Tests;

/// <summary>A small two-day event in Paris: one principal (fr), two delegations (fr, en), two rooms, one fr/en interpreter.</summary>
internal static class TestScenario
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static readonly LocalDate Day1 = new(2025, 6, 10);

    public static Instant Local(int day, int hour, int minute = 0) =>
        EventTime.ToInstant(Zone, (Day1.PlusDays(day - 1)) + new LocalTime(hour, minute));

    public static Interval Span(int day, int fromHour, int fromMinute, int minutes)
    {
        var start = Local(day, fromHour, fromMinute);
        return new Interval(start, start + Duration.FromMinutes(minutes));
    }

    public static Scenario Create(IEnumerable<MeetingRequest>? requests = null, IEnumerable<BlockedTime>? blocked = null)
    {
        var @event = new Event("Test summit", "Paris", Zone,
        [
            new EventDay(Day1, new LocalTime(9, 0), new LocalTime(18, 0)),
            new EventDay(Day1.PlusDays(1), new LocalTime(9, 0), new LocalTime(18, 0)),
        ]);
        return new Scenario(
            @event,
            [new Party("NO", PartyKind.Country, "Norway"), new Party("SN", PartyKind.Country, "Senegal")],
            [new Agency("no-police", "NO", "Norwegian Police")],
            [
                new Delegation("del-no", "NO", "no-police", "Police Commissioner", ["en"], Local(1, 8), Local(2, 20)),
                new Delegation("del-sn", "SN", null, "Director General of Police", ["fr"], Local(1, 8), Local(1, 13)),
            ],
            [new Principal("dg", "Director General", ["fr"])],
            [new Room("small", "Small room", 4, false), new Room("signing", "Signing room", 12, true)],
            [new Interpreter("int-en-fr", "Interpreter EN/FR", [new LanguagePair("en", "fr")], [])],
            blocked ?? [],
            requests ?? [Request("R1", "del-no"), Request("R2", "del-sn")]);
    }

    public static MeetingRequest Request(string id, string by, int minutes = 30, bool signing = false, int attendees = 4, params string[] invitees) =>
        new(id, by, invitees.Length == 0 ? ["dg"] : invitees, minutes, 3, ["cybercrime"], [], signing, Publicity.Public, attendees);
}
