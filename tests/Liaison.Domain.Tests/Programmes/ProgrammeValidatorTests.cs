using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Domain.Tests.Programmes;

public sealed class ProgrammeValidatorTests
{
    private static ScheduledMeeting Meeting(string requestId, Interval time, string room = "signing", string[]? participants = null, string[]? interpreters = null) =>
        new(requestId, time, room, participants ?? [requestId == "R1" ? "del-no" : "del-sn", "dg"], interpreters ?? (requestId == "R1" ? ["int-en-fr"] : []));

    private static IReadOnlyList<ProgrammeViolation> Check(Scenario scenario, params ScheduledMeeting[] meetings)
    {
        var placed = meetings.Select(m => m.RequestId).ToHashSet();
        var unplaced = scenario.Requests.Where(r => !placed.Contains(r.Id))
            .Select(r => new UnplacedRequest(r.Id, UnplacedReason.CrowdedOut, "test"));
        return ProgrammeValidator.Check(scenario, new Programme(meetings, unplaced.ToList()));
    }

    [Fact]
    public void AcceptsAConflictFreeProgramme()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario, Meeting("R1", TestScenario.Span(1, 9, 0, 30)), Meeting("R2", TestScenario.Span(1, 9, 40, 30), "small"));

        Assert.Empty(violations);
    }

    [Fact]
    public void FlagsAPrincipalInTwoMeetingsAtOnce()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario, Meeting("R1", TestScenario.Span(1, 9, 0, 30)), Meeting("R2", TestScenario.Span(1, 9, 15, 30), "small"));

        var violation = Assert.Single(violations);
        Assert.Equal(ViolationKind.DoubleBooking, violation.Kind);
        Assert.Contains("participant dg", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsABreachedProtocolBuffer()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario, Meeting("R1", TestScenario.Span(1, 9, 0, 30)), Meeting("R2", TestScenario.Span(1, 9, 35, 30), "small"));

        Assert.Equal(ViolationKind.ProtocolBufferBreached, Assert.Single(violations).Kind);
    }

    [Fact]
    public void FlagsAStartOffTheStepAndAMeetingPastTheDay()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario, Meeting("R1", TestScenario.Span(1, 9, 2, 30)), Meeting("R2", TestScenario.Span(1, 17, 50, 30), "small"));

        Assert.Equal(2, violations.Count(v => v.Kind == ViolationKind.OutsideWorkingGrid));
    }

    [Fact]
    public void FlagsADelegationThatHasLeft()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario, Meeting("R2", TestScenario.Span(1, 14, 0, 30), "small"));

        var violation = Assert.Single(violations);
        Assert.Equal(ViolationKind.ParticipantNotFree, violation.Kind);
        Assert.Contains("del-sn", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsARoomTooSmallAndOneUnfitForASigning()
    {
        var scenario = TestScenario.Create([TestScenario.Request("R1", "del-no", signing: true, attendees: 6)]);

        var violations = Check(scenario, Meeting("R1", TestScenario.Span(1, 9, 0, 30), "small"));

        Assert.Equal(2, violations.Count(v => v.Kind == ViolationKind.UnsuitableRoom));
    }

    [Fact]
    public void FlagsAMissingAndAnUnneededInterpreter()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario,
            Meeting("R1", TestScenario.Span(1, 9, 0, 30), interpreters: []),
            Meeting("R2", TestScenario.Span(1, 10, 0, 30), "small", interpreters: ["int-en-fr"]));

        Assert.Equal(2, violations.Count(v => v.Kind == ViolationKind.InterpretationMismatch));
    }

    [Fact]
    public void FlagsAnInterpreterInTwoMeetingsAtOnce()
    {
        var scenario = TestScenario.Create([TestScenario.Request("R1", "del-no"), TestScenario.Request("R3", "del-no", invitees: "del-sn")]);

        var violations = Check(scenario,
            Meeting("R1", TestScenario.Span(1, 9, 0, 30), participants: ["del-no", "dg"]),
            Meeting("R3", TestScenario.Span(1, 9, 0, 30), "small", participants: ["del-no", "del-sn"], interpreters: ["int-en-fr"]));

        var violation = Assert.Single(violations);
        Assert.Contains("interpreter int-en-fr", violation.Message, StringComparison.Ordinal);
        Assert.Contains("participant del-no", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsARequestPlacedTwiceAndOneMissing()
    {
        var scenario = TestScenario.Create();
        var programme = new Programme(
            [Meeting("R1", TestScenario.Span(1, 9, 0, 30)), Meeting("R1", TestScenario.Span(2, 9, 0, 30))], []);

        var violations = ProgrammeValidator.Check(scenario, programme);

        Assert.Contains(violations, v => v.Kind == ViolationKind.RequestNotAccountedOnce && v.RequestIds.Single() == "R1");
        Assert.Contains(violations, v => v.Kind == ViolationKind.RequestNotAccountedOnce && v.RequestIds.Single() == "R2");
    }

    [Fact]
    public void FlagsWrongLengthAndWrongParticipantsAndUnknownRooms()
    {
        var scenario = TestScenario.Create();

        var violations = Check(scenario,
            Meeting("R1", TestScenario.Span(1, 9, 0, 45), participants: ["del-no"]),
            Meeting("R2", TestScenario.Span(1, 11, 0, 30), "attic"));

        Assert.Contains(violations, v => v.Kind == ViolationKind.WrongDuration);
        Assert.Contains(violations, v => v.Kind == ViolationKind.WrongParticipants);
        Assert.Contains(violations, v => v.Kind == ViolationKind.UnknownReference && v.Message.Contains("room attic", StringComparison.Ordinal));
    }
}
