namespace Liaison.Scheduling.Tests;

/// <summary>Each hard rule of issue 2 on a scenario small enough to know the only right answer.</summary>
public sealed class PlannerHardRuleTests
{
    [Fact]
    public void StartsOnThePlanningStepCountedFromTheDayStart()
    {
        // Day 09:10-12:00 on a 15-minute step; dg is free only 09:20-10:00, so 09:25 is the one start.
        var builder = new ScenarioBuilder(start: "09:10", end: "12:00", step: 15).Principal("dg").Delegation("del-a").Room("r1");
        var scenario = builder
            .Block("b1", builder.Between(0, "09:10", "09:20"), "dg")
            .Block("b2", builder.Between(0, "10:00", "12:00"), "dg")
            .Request("q1", "del-a", "dg", minutes: 30)
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal("09:25", result.Meeting("q1").LocalStart(scenario));
    }

    [Fact]
    public void MeetsADelegationOnlyBetweenItsArrivalAndDeparture()
    {
        var builder = new ScenarioBuilder(days: 2).Principal("dg").Room("r1");
        var scenario = builder
            .Delegation("del-a", arrival: builder.At(1, "10:00"), departure: builder.At(1, "11:00"))
            .Request("q1", "del-a", "dg", minutes: 60)
            .Build();

        var meeting = Planning.Plan(scenario).Meeting("q1");

        Assert.Equal(builder.Between(1, "10:00", "11:00"), meeting.Time);
    }

    [Fact]
    public void KeepsMeetingsOutOfBlockedTime()
    {
        var builder = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1");
        var scenario = builder
            .Block("plenary", builder.Between(0, "09:00", "11:30"))
            .Request("q1", "del-a", "dg", minutes: 30)
            .Build();

        Assert.Equal("11:30", Planning.Plan(scenario).Meeting("q1").LocalStart(scenario));
    }

    [Fact]
    public void HoldsEachMeetingInARoomThatSeatsItsAttendeesAndSuitsItsSigning()
    {
        var scenario = new ScenarioBuilder()
            .Principal("dg").Principal("deputy").Delegation("del-a").Delegation("del-b")
            .Room("small", capacity: 4).Room("large", capacity: 12).Room("signing", capacity: 6, signing: true)
            .Request("q-large", "del-a", "dg", attendees: 10)
            .Request("q-mou", "del-b", "deputy", attendees: 6, signing: true)
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal("large", result.Meeting("q-large").RoomId);
        Assert.Equal("signing", result.Meeting("q-mou").RoomId);
    }

    [Fact]
    public void KeepsTheProtocolBufferBetweenAPrincipalsMeetings()
    {
        // 70 minutes hold two 30-minute meetings only with exactly the 10-minute buffer between them.
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:10", buffer: 10)
            .Principal("dg").Delegation("del-a").Delegation("del-b").Room("r1").Room("r2")
            .Request("q1", "del-a", "dg").Request("q2", "del-b", "dg")
            .Build();

        var meetings = Planning.Plan(scenario).Programme.Meetings;

        Assert.Equal(2, meetings.Count);
        Assert.Equal(NodaTime.Duration.FromMinutes(10), Planning.Gap(meetings[0], meetings[1]));
    }

    [Fact]
    public void LeavesOutTheSecondMeetingWhenTheBufferDoesNotFit()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:05", buffer: 10)
            .Principal("dg").Delegation("del-a").Delegation("del-b").Room("r1").Room("r2")
            .Request("q1", "del-a", "dg", priority: 4).Request("q2", "del-b", "dg", priority: 3)
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal("q1", Assert.Single(result.Programme.Meetings).RequestId);
        Assert.Equal(Liaison.Domain.Programmes.UnplacedReason.CrowdedOut, result.Unplaced("q2").Reason);
    }

    [Fact]
    public void GivesADelegationBackToBackMeetingsWithoutBuffer()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00", buffer: 10)
            .Principal("dg").Principal("deputy").Delegation("del-a").Room("r1")
            .Request("q1", "del-a", "dg").Request("q2", "del-a", "deputy")
            .Build();

        var meetings = Planning.Plan(scenario).Programme.Meetings;

        Assert.Equal(2, meetings.Count);
        Assert.Equal(NodaTime.Duration.Zero, Planning.Gap(meetings[0], meetings[1]));
    }

    [Fact]
    public void NeverHoldsTwoMeetingsInOneRoomAtOnce()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00", buffer: 0)
            .Principal("dg").Principal("deputy").Delegation("del-a").Delegation("del-b").Room("only")
            .Request("q1", "del-a", "dg").Request("q2", "del-b", "deputy")
            .Build();

        var meetings = Planning.Plan(scenario).Programme.Meetings;

        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Equal("only", m.RoomId));
        Assert.Equal(meetings[0].Time.End, meetings[1].Time.Start);
    }

    [Fact]
    public void NeverGivesOneInterpreterTwoMeetingsAtOnce()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00", buffer: 0)
            .Principal("dg", "ar").Principal("deputy", "ar")
            .Delegation("del-a", ["en"]).Delegation("del-b", ["en"])
            .Room("r1").Room("r2").Interpreter("int-1", "ar/en")
            .Request("q1", "del-a", "dg").Request("q2", "del-b", "deputy")
            .Build();

        var meetings = Planning.Plan(scenario).Programme.Meetings;

        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Equal(["int-1"], m.InterpreterIds));
        Assert.Equal(meetings[0].Time.End, meetings[1].Time.Start);
    }

    [Fact]
    public void AssignsAnInterpreterOfAnAcceptablePairOnlyWhenOneIsNeeded()
    {
        var scenario = new ScenarioBuilder()
            .Principal("dg", "ar").Delegation("del-es", ["es"]).Delegation("del-ar", ["ar", "fr"])
            .Room("r1").Room("r2").Interpreter("int-fr", "ar/fr").Interpreter("int-es", "ar/es")
            .Request("q-es", "del-es", "dg").Request("q-ar", "del-ar", "dg")
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal(["int-es"], result.Meeting("q-es").InterpreterIds);
        Assert.Empty(result.Meeting("q-ar").InterpreterIds);
    }

    [Fact]
    public void AssignsOnlyAnInterpreterAvailableForTheWholeMeeting()
    {
        var builder = new ScenarioBuilder().Principal("dg", "ar").Delegation("del-en", ["en"]).Room("r1");
        var scenario = builder
            .Interpreter("int-early", "ar/en", builder.Between(0, "09:00", "09:45"))
            .Interpreter("int-late", "ar/en", builder.Between(0, "10:30", "12:00"))
            .Request("q1", "del-en", "dg", minutes: 60)
            .Build();

        var meeting = Planning.Plan(scenario).Meeting("q1");

        Assert.Equal(["int-late"], meeting.InterpreterIds);
        Assert.True(meeting.Time.Start >= builder.At(0, "10:30"));
    }

    [Fact]
    public void PlacesTheHigherPriorityRequestWhenOverSubscribed()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00")
            .Principal("dg").Delegation("del-a").Delegation("del-b").Delegation("del-c").Room("r1")
            .Request("q-low", "del-a", "dg", minutes: 60, priority: 2)
            .Request("q-high", "del-b", "dg", minutes: 60, priority: 5)
            .Request("q-mid", "del-c", "dg", minutes: 60, priority: 3)
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal("q-high", Assert.Single(result.Programme.Meetings).RequestId);
        Assert.Equal(["q-low", "q-mid"], result.Programme.Unplaced.Select(u => u.RequestId));
        Assert.Equal(new Liaison.Domain.Programmes.ObjectiveReport(5, 5, true), result.Objective);
    }
}
