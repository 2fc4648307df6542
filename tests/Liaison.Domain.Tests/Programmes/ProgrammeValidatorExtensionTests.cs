using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Domain.Tests.Programmes;

/// <summary>The validator's issue-3 rules: optional attendees, features, travel time, locks.</summary>
public sealed class ProgrammeValidatorExtensionTests
{
    private static readonly Interval Nine = TestScenario.Span(1, 9, 0, 30);

    [Fact]
    public void AcceptsAnOptionalAttendeeAndFlagsSomeoneNeitherRequiredNorOptional()
    {
        var scenario = TestScenario.Create([ScenarioExtensionTests.Request("R1", optional: ["del-sn"])]);

        Assert.Empty(Check(scenario, Meeting("R1", Nine, "signing", ["del-no", "dg", "del-sn"])));
        Assert.Equal(ViolationKind.WrongParticipants, Assert.Single(Check(scenario, Meeting("R1", Nine, "signing", ["del-no", "dg", "dg"]))).Kind);
    }

    [Fact]
    public void FlagsARoomWithoutARequiredFeature()
    {
        var scenario = ScenarioExtensionTests.WithVenues([new TravelTime("centre", "hotel", 25)], [ScenarioExtensionTests.Request("R1", features: ["video"])]);

        Assert.Empty(Check(scenario, Meeting("R1", Nine, "c1")));
        var violation = Assert.Single(Check(scenario, Meeting("R1", Nine, "h1")));
        Assert.Equal((ViolationKind.UnsuitableRoom, "Room h1 lacks video required by meeting R1."), (violation.Kind, violation.Message));
    }

    [Fact]
    public void FlagsMeetingsInDifferentVenuesTooCloseForTheTravelTimeAndTheBuffer()
    {
        var requests = new[] { ScenarioExtensionTests.Request("R1"), new MeetingRequest("R2", "del-sn", ["dg"], 30, 3, [], [], false, Publicity.Public, 4, []) };
        var scenario = ScenarioExtensionTests.WithVenues([new TravelTime("centre", "hotel", 25)], requests);

        // dg needs 25 minutes of travel plus the 10-minute buffer: 09:30 -> 10:05 is enough, 10:00 is not.
        Assert.Empty(Check(scenario, Meeting("R1", Nine, "c1"), Meeting("R2", TestScenario.Span(1, 10, 5, 30), "h1", ["del-sn", "dg"], [])));
        var violation = Assert.Single(Check(scenario, Meeting("R1", Nine, "c1"), Meeting("R2", TestScenario.Span(1, 10, 0, 30), "h1", ["del-sn", "dg"], [])));
        Assert.Equal(ViolationKind.TravelTimeBreached, violation.Kind);
        Assert.Contains("travel time is 25 plus the protocol buffer of 10", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsALockedRequestHeldElsewhere()
    {
        var scenario = TestScenario.Create([ScenarioExtensionTests.Request("R1", locked: new MeetingLock(TestScenario.Local(1, 10), "signing"))]);

        Assert.Empty(Check(scenario, Meeting("R1", TestScenario.Span(1, 10, 0, 30), "signing")));
        Assert.Equal(ViolationKind.LockNotHonoured, Assert.Single(Check(scenario, Meeting("R1", Nine, "signing"))).Kind);
    }

    private static ScheduledMeeting Meeting(string id, Interval time, string room, string[]? participants = null, string[]? interpreters = null) =>
        new(id, time, room, participants ?? ["del-no", "dg"], interpreters ?? ["int-en-fr"]);

    private static IReadOnlyList<ProgrammeViolation> Check(Scenario scenario, params ScheduledMeeting[] meetings)
    {
        var placed = meetings.Select(m => m.RequestId).ToHashSet();
        var unplaced = scenario.Requests.Where(r => !placed.Contains(r.Id)).Select(r => new UnplacedRequest(r.Id, UnplacedReason.CrowdedOut, "test"));
        return ProgrammeValidator.Check(scenario, new Programme(meetings, unplaced.ToList()));
    }
}
