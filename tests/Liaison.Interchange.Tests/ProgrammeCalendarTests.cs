using System.Text;
using Ical.Net;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Interchange.Tests;

public class ProgrammeCalendarTests
{
    internal static string Written(Scenario scenario, Programme programme)
    {
        using var stream = new MemoryStream();
        ProgrammeFiles.WriteCalendar(scenario, programme, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses the text with Ical.Net and checks every VEVENT's start and end against the programme's instants.</summary>
    internal static void AssertRoundTrips(Scenario scenario, Programme programme, string ics)
    {
        var calendar = Calendar.Load(ics)!;
        Assert.Equal(programme.Meetings.Count, calendar.Events.Count);
        foreach (var meeting in programme.Meetings)
        {
            var vevent = Assert.Single(calendar.Events, e => e.Uid!.StartsWith(meeting.RequestId + ".", StringComparison.Ordinal));
            Assert.Equal(scenario.Event.TimeZone.Id, vevent.DtStart!.TzId);
            Assert.Equal(meeting.Time.Start.ToDateTimeUtc(), vevent.DtStart.AsUtc);
            Assert.Equal(meeting.Time.End.ToDateTimeUtc(), vevent.DtEnd!.AsUtc);
        }
    }

    [Fact]
    public void RoundTripsThroughIcalNetToTheSameInstants()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        var programme = TestProgrammes.Marrakech(scenario);

        AssertRoundTrips(scenario, programme, Written(scenario, programme));
    }

    [Fact]
    public void GivesStableUidsAndIdenticalFilesAcrossWrites()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        var programme = TestProgrammes.Marrakech(scenario);

        var first = Written(scenario, programme);
        var second = Written(scenario, programme);

        Assert.Equal(first, second);
        Assert.Equal(["R01.32ed9df038bf@liaison", "R02.32ed9df038bf@liaison"],
            Calendar.Load(first)!.Events.Select(e => e.Uid).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GivesEventsNamedInArabicDistinctUids()
    {
        string[] names = ["الجمعية العامة الثانية والتسعون", "الجمعية العامة الثالثة والتسعون"];
        var uids = names
            .Select(name =>
            {
                var document = TestScenarios.Marrakech();
                document["event"]!["name"] = name;
                var scenario = TestScenarios.Parse(document);
                return Calendar.Load(Written(scenario, TestProgrammes.Marrakech(scenario)))!.Events.Single(e => e.Uid!.StartsWith("R01.", StringComparison.Ordinal)).Uid;
            })
            .ToList();

        Assert.NotEqual(uids[0], uids[1]);
        Assert.All(uids, uid => Assert.Matches("^R01\\.[0-9a-f]{12}@liaison$", uid));
    }

    [Fact]
    public void CarriesTheZoneSummaryLocationAndDescription()
    {
        var document = TestScenarios.Marrakech();
        document["requests"]![1]!["publicity"] = "confidential";
        var scenario = TestScenarios.Parse(document);
        var ics = Written(scenario, TestProgrammes.Marrakech(scenario));
        var calendar = Calendar.Load(ics)!;

        Assert.Equal("Africa/Casablanca", Assert.Single(calendar.TimeZones).TzId);
        Assert.Contains("DTSTART;TZID=Africa/Casablanca:20241126T100000", ics, StringComparison.Ordinal);
        var r01 = calendar.Events.Single(e => e.Uid!.StartsWith("R01.", StringComparison.Ordinal));
        Assert.Equal($"Norway – {TestScenarios.ArabicTitle}", r01.Summary);
        Assert.Equal("Salon Atlas", r01.Location);
        Assert.Contains("Topics: cross-border-crime", r01.Description, StringComparison.Ordinal);
        Assert.Contains("Interpreters: Interpreter AR/EN 1", r01.Description, StringComparison.Ordinal);
        Assert.Equal("PUBLIC", r01.Class);
        Assert.Equal("CONFIDENTIAL", calendar.Events.Single(e => e.Uid!.StartsWith("R02.", StringComparison.Ordinal)).Class);
    }

    [Fact]
    public void StampsEventsDeterministicallyOrWithTheGivenInstant()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Marrakech());
        var programme = TestProgrammes.Marrakech(scenario);
        using var stream = new MemoryStream();

        ProgrammeFiles.WriteCalendar(scenario, programme, stream, Instant.FromUtc(2024, 11, 20, 12, 0));

        Assert.Contains("DTSTAMP:20241120T120000Z", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20241125T080000Z", Written(scenario, programme), StringComparison.Ordinal);
    }
}
