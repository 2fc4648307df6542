using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Cli.Tests.Output;

/// <summary>A one-day event in Marrakech with one principal and two requests; R1 is placed at 10:00 local, R2 is left out.</summary>
internal static class ViewScenario
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    public static Scenario Create() => Create(new LocalDate(2024, 11, 25));

    public static Scenario Create(LocalDate day)
    {
        var arrival = EventTime.ToInstant(Zone, day + new LocalTime(7, 0));
        var departure = EventTime.ToInstant(Zone, day + new LocalTime(21, 0));
        return new Scenario(
            new Event("Test assembly", "Marrakech", Zone, [new EventDay(day, new LocalTime(9, 0), new LocalTime(18, 0))]),
            [new Party("NO", PartyKind.Country, "Norway"), new Party("SN", PartyKind.Country, "Senegal")],
            [],
            [
                new Delegation("del-no", "NO", null, "Police Commissioner", ["en"], arrival, departure),
                new Delegation("del-sn", "SN", null, "Director General of Police", ["wo"], arrival, departure),
            ],
            [new Principal("dg", "Director General for National Security", ["ar", "fr"])],
            [new Room("atlas", "Salon Atlas", 12, suitableForSigning: true)],
            [new Interpreter("int-ar-en", "Interpreter AR/EN", [new LanguagePair("ar", "en")], [])],
            [],
            [
                new MeetingRequest("R1", "del-no", ["dg"], 30, 5, ["cross-border-crime"], [], needsSigningRoom: true, Publicity.Confidential, 6),
                new MeetingRequest("R2", "del-sn", ["dg"], 30, 3, ["police-training"], [], needsSigningRoom: false, Publicity.Public, 6),
            ]);
    }

    /// <summary>R1 at 10:00-10:30 event-local on the event's day with the AR/EN interpreter; R2 unplaced for want of an interpreter.</summary>
    public static Programme Programme(Scenario scenario)
    {
        var start = EventTime.ToInstant(Zone, scenario.Event.Days[0].Date + new LocalTime(10, 0));
        return new Programme(
            [new ScheduledMeeting("R1", new Interval(start, start + Duration.FromMinutes(30)), "atlas", ["del-no", "dg"], ["int-ar-en"])],
            [new UnplacedRequest("R2", UnplacedReason.NoInterpreter, "No interpreter works between Wolof and Arabic or French.")]);
    }
}
