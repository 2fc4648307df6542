using System.Text;
using System.Text.Json.Nodes;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Interchange.Tests;

/// <summary>
/// Morocco leaves UTC+01 for UTC+00 during Ramadan. Meetings on either side of the 2025 changes
/// must land at the right UTC instants in every file.
/// </summary>
public class RamadanTests
{
    private static readonly DateTimeZone Casablanca = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    /// <summary>The tzdb interval in which Morocco kept UTC+00 during Ramadan 2025.</summary>
    private static NodaTime.TimeZones.ZoneInterval Ramadan2025 => Casablanca.GetZoneInterval(Instant.FromUtc(2025, 3, 10, 12, 0));

    private static JsonObject Document() => (JsonObject)JsonNode.Parse("""
        {
          "formatVersion": 1,
          "event": { "name": "Ramadan Security Forum", "venue": "Rabat, Morocco", "timeZone": "Africa/Casablanca",
            "days": [
              { "date": "2025-03-10", "start": "09:00", "end": "18:00" },
              { "date": "2025-04-06", "start": "09:00", "end": "18:00" },
              { "date": "2025-04-10", "start": "09:00", "end": "18:00" }
            ] },
          "parties": [ { "code": "SN", "kind": "country", "name": "Senegal" } ],
          "principals": [ { "id": "dg", "title": "Director General", "languages": ["ar", "fr"] } ],
          "delegations": [ { "id": "del-sn", "party": "SN", "headOfDelegation": "Director of Police", "languages": ["fr"],
            "arrival": "2025-03-09T12:00", "departure": "2025-04-11T12:00" } ],
          "rooms": [ { "id": "salon", "name": "Salon Rabat", "capacity": 10 } ],
          "requests": [
            { "id": "R1", "requestedBy": "del-sn", "invitees": ["dg"], "durationMinutes": 30, "publicity": "public" },
            { "id": "R2", "requestedBy": "del-sn", "invitees": ["dg"], "durationMinutes": 30, "publicity": "public" }
          ]
        }
        """)!;

    private static (Scenario Scenario, Programme Programme) Planned()
    {
        var scenario = TestScenarios.Parse(Document());
        return (scenario, new Programme(
            [
                TestProgrammes.Meeting(scenario, "R1", new LocalDateTime(2025, 3, 10, 10, 0), "salon"),
                TestProgrammes.Meeting(scenario, "R2", new LocalDateTime(2025, 4, 10, 10, 0), "salon"),
            ],
            []));
    }

    [Fact]
    public void TzdbPutsRamadan2025AtUtcPlusZeroBetweenTheExpectedChanges()
    {
        var ramadan = Ramadan2025;

        Assert.Equal(Offset.Zero, ramadan.WallOffset);
        Assert.Equal(Instant.FromUtc(2025, 2, 23, 2, 0), ramadan.Start);
        Assert.Equal(Instant.FromUtc(2025, 4, 6, 2, 0), ramadan.End);
        Assert.Equal(Offset.FromHours(1), Casablanca.GetUtcOffset(ramadan.End));
    }

    [Fact]
    public void LocalTimesLandAtTheRightUtcInstantsOnBothSidesOfTheChange()
    {
        var scenario = TestScenarios.Parse(Document());

        Assert.Equal(Instant.FromUtc(2025, 3, 10, 9, 0), scenario.Event.WorkingIntervals[0].Start);
        Assert.Equal(Instant.FromUtc(2025, 4, 10, 8, 0), scenario.Event.WorkingIntervals[2].Start);
        Assert.Equal(Instant.FromUtc(2025, 3, 9, 12, 0), ((Delegation)scenario.Participant("del-sn")).Arrival);
        Assert.Equal(Instant.FromUtc(2025, 4, 11, 11, 0), ((Delegation)scenario.Participant("del-sn")).Departure);
        var (_, programme) = Planned();
        Assert.Equal([Instant.FromUtc(2025, 3, 10, 10, 0), Instant.FromUtc(2025, 4, 10, 9, 0)], programme.Meetings.Select(m => m.Time.Start));
    }

    [Fact]
    public void ProgrammeJsonCarriesTheOffsetOfEachDate()
    {
        var (scenario, programme) = Planned();
        using var stream = new MemoryStream();

        ProgrammeFiles.WriteJson(scenario, programme, new ObjectiveReport(6, 6, true), stream);

        var meetings = JsonNode.Parse(stream.ToArray())!["meetings"]!.AsArray();
        Assert.Equal(("2025-03-10T10:00:00+00:00", "2025-03-10T10:30:00+00:00"), ((string?)meetings[0]!["start"], (string?)meetings[0]!["end"]));
        Assert.Equal(("2025-04-10T10:00:00+01:00", "2025-04-10T10:30:00+01:00"), ((string?)meetings[1]!["start"], (string?)meetings[1]!["end"]));
        var read = ProgrammeFiles.ParseJson(scenario, Encoding.UTF8.GetString(stream.ToArray()), "programme.json");
        Assert.Equal(programme.Meetings.Select(m => m.Time), read.Meetings.Select(m => m.Time));
    }

    [Fact]
    public void CsvShowsTheOffsetOfEachDate()
    {
        var (scenario, programme) = Planned();
        using var stream = new MemoryStream();

        ProgrammeFiles.WriteCsv(scenario, programme, stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");
        Assert.StartsWith("2025-03-10,10:00,10:30,+00:00,Africa/Casablanca,R1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2025-04-10,10:00,10:30,+01:00,Africa/Casablanca,R2,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarRoundTripsToTheSameInstantsAndDescribesBothChanges()
    {
        var (scenario, programme) = Planned();

        var ics = ProgrammeCalendarTests.Written(scenario, programme);

        ProgrammeCalendarTests.AssertRoundTrips(scenario, programme, ics);
        Assert.Contains("DTSTART:20250223T030000\r\nTZNAME:+00\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20250406T020000\r\nTZNAME:+01\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsALocalTimeInTheHourTheClocksSkip()
    {
        var skipped = Ramadan2025.End.WithOffset(Ramadan2025.WallOffset).LocalDateTime.PlusMinutes(30);
        var document = Document();
        document["blockedTimes"] = JsonNode.Parse($$"""
            [ { "id": "night", "label": "Night session", "kind": "other", "start": "{{skipped:uuuu-MM-dd'T'HH:mm}}", "end": "2025-04-06T04:00" } ]
            """);

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.blockedTimes[0].start");

        Assert.Equal("2025-04-06T02:30 does not exist in Africa/Casablanca: the clocks skip it", problem.Message);
        Assert.Equal("the clocks skip 02:00–02:59 on 2025-04-06 in Africa/Casablanca; choose a time outside it", problem.Fix);
    }

    [Fact]
    public void RejectsALocalTimeInTheHourTheClocksRepeat()
    {
        var repeated = Ramadan2025.Start.WithOffset(Ramadan2025.WallOffset).LocalDateTime.PlusMinutes(30);
        var document = Document();
        document["event"]!["days"]!.AsArray().Insert(0, JsonNode.Parse("""{ "date": "2025-02-23", "start": "09:00", "end": "18:00" }"""));
        document["delegations"]![0]!["arrival"] = $"{repeated:uuuu-MM-dd'T'HH:mm}";

        var problem = TestScenarios.At(TestScenarios.Problems(document), "$.delegations[0].arrival");

        Assert.Equal("2025-02-23T02:30 occurs twice in Africa/Casablanca: the clocks go back through it", problem.Message);
        Assert.Equal("the clocks repeat 02:00–02:59 on 2025-02-23 in Africa/Casablanca; choose a time outside it", problem.Fix);
    }
}
