using System.Text;
using Liaison.Domain;
using NodaTime;

namespace Liaison.Interchange.Tests;

public class ScenarioFileTests
{
    private static readonly DateTimeZone Casablanca = DateTimeZoneProviders.Tzdb["Africa/Casablanca"];

    [Fact]
    public void ReadsEveryMemberOfAValidFile()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());

        Assert.Equal("92nd INTERPOL General Assembly", scenario.Event.Name);
        Assert.Equal(Casablanca, scenario.Event.TimeZone);
        Assert.Equal([new LocalDate(2024, 11, 25), new LocalDate(2024, 11, 26)], scenario.Event.Days.Select(d => d.Date));
        Assert.Equal(PartyKind.Organisation, scenario.Party("AIMC").Kind);
        Assert.Equal("no-police", ((Delegation)scenario.Participant("del-no")).AgencyId);
        Assert.Null(((Delegation)scenario.Participant("del-aimc")).AgencyId);
        Assert.Equal(TestScenarios.ArabicTitle, scenario.Participant("dg").DisplayName);
        Assert.True(scenario.Room("atlas").SuitableForSigning);
        Assert.Equal([LanguagePair.Parse("ar/en")], scenario.Interpreter("int-ar-en-1").LanguagePairs);
        Assert.Equal(["dg"], scenario.BlockedTimes.Single(b => b.Id == "plenary-1").ParticipantIds);
        Assert.Empty(scenario.BlockedTimes.Single(b => b.Id == "opening").ParticipantIds);
        var r01 = scenario.Request("R01");
        Assert.Equal(("del-no", 30, 4, true, Publicity.Public, 8), (r01.RequestedBy, r01.DurationMinutes, r01.Priority, r01.NeedsSigningRoom, r01.Publicity, r01.ExpectedAttendees));
        Assert.Equal([LanguagePair.Parse("ar/en")], r01.Interpretation);
    }

    [Fact]
    public void ConvertsEventLocalTimesToUtcInTheEventZone()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());

        // Morocco is UTC+01 in November 2024.
        Assert.Equal(Instant.FromUtc(2024, 11, 24, 7, 0), ((Delegation)scenario.Participant("del-no")).Arrival);
        Assert.Equal(Instant.FromUtc(2024, 11, 26, 9, 0), scenario.Request("R01").PreferredWindows[0].Start);
        Assert.Equal(Instant.FromUtc(2024, 11, 25, 8, 0), scenario.Event.WorkingIntervals[0].Start);
    }

    [Fact]
    public void AppliesTheDocumentedDefaults()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        var r03 = scenario.Request("R03");

        Assert.Equal(5, scenario.Event.PlanningStepMinutes);
        Assert.Equal(10, scenario.Event.ProtocolBufferMinutes);
        Assert.False(scenario.Room("majorelle").SuitableForSigning);
        Assert.Equal((3, 6, false), (r03.Priority, r03.ExpectedAttendees, r03.NeedsSigningRoom));
        Assert.Empty(r03.Topics);
        Assert.Empty(r03.PreferredWindows);
        Assert.Null(r03.Interpretation);
    }

    [Fact]
    public void ReadsAFileFromDiskAndNamesItInProblems()
    {
        var folder = Directory.CreateTempSubdirectory("liaison-scenario-");
        try
        {
            var good = Path.Combine(folder.FullName, "good.json");
            File.WriteAllText(good, TestScenarios.Marrakech().ToJsonString(), Encoding.UTF8);
            var bad = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(bad, "{ \"formatVersion\": 1,", Encoding.UTF8);

            Assert.Equal(3, ScenarioFile.Read(good).Requests.Count);
            var error = Assert.Throws<InvalidFileException>(() => ScenarioFile.Read(bad));
            Assert.Equal(bad, Assert.Single(error.Problems).File);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void WriteThenParseGivesAnEquivalentScenario()
    {
        var original = TestScenarios.Parse(TestScenarios.Marrakech());
        using var stream = new MemoryStream();
        ScenarioFile.Write(original, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        var copy = ScenarioFile.Parse(text, "written.json");

        Assert.Contains(TestScenarios.ArabicTitle, text, StringComparison.Ordinal);
        Assert.Contains("\"2024-11-24T08:00\"", text, StringComparison.Ordinal);
        Assert.Equal(Describe(original), Describe(copy));
    }

    [Fact]
    public void WritesTheSameBytesTwice()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        ScenarioFile.Write(scenario, first);
        ScenarioFile.Write(scenario, second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    /// <summary>Every value of a scenario as text, so two scenarios can be compared member by member.</summary>
    private static string Describe(Scenario s)
    {
        var lines = new List<string>
        {
            $"{s.Event.Name}|{s.Event.Venue}|{s.Event.TimeZone.Id}|{s.Event.PlanningStepMinutes}|{s.Event.ProtocolBufferMinutes}",
        };
        lines.AddRange(s.Event.Days.Select(d => $"day {d.Date:uuuu-MM-dd} {d.Start:HH:mm}-{d.End:HH:mm}"));
        lines.AddRange(s.Parties.Select(p => $"party {p.Code} {p.Kind} {p.Name} {p.Region}"));
        lines.AddRange(s.Agencies.Select(a => $"agency {a}"));
        lines.AddRange(s.Principals.Select(p => $"principal {p.Id} {p.Title} {string.Join(",", p.Languages)}"));
        lines.AddRange(s.Delegations.Select(d => $"delegation {d.Id} {d.PartyCode} {d.AgencyId} {d.HeadOfDelegation} {string.Join(",", d.Languages)} {d.Arrival} {d.Departure}"));
        lines.AddRange(s.Rooms.Select(r => $"room {r}"));
        lines.AddRange(s.Interpreters.Select(i => $"interpreter {i.Id} {i.Name} {string.Join(",", i.LanguagePairs)} {string.Join(",", i.Availability)}"));
        lines.AddRange(s.BlockedTimes.Select(b => $"blocked {b.Id} {b.Label} {b.Kind} {b.Time} {string.Join(",", b.ParticipantIds)}"));
        lines.AddRange(s.Requests.Select(r =>
            $"request {r.Id} {r.RequestedBy} {string.Join(",", r.Invitees)} {r.DurationMinutes} {r.Priority} {string.Join(",", r.Topics)} " +
            $"{string.Join(",", r.PreferredWindows)} {r.NeedsSigningRoom} {r.Publicity} {r.ExpectedAttendees} " +
            $"{(r.Interpretation is null ? "derived" : string.Join(",", r.Interpretation))}"));
        return string.Join("\n", lines);
    }
}
