using Liaison.Domain.Programmes;

namespace Liaison.Scheduling.Tests;

/// <summary>Each kind of reason the planner gives for a request it leaves out, and what the detail names.</summary>
public sealed class PlannerReasonTests
{
    [Fact]
    public void SaysWhenADelegationLeavesBeforeItHasTimeEnough()
    {
        var builder = new ScenarioBuilder(days: 2).Principal("dg").Room("r1");
        var scenario = builder
            .Delegation("del-cl", departure: builder.At(0, "09:30"))
            .Request("q1", "del-cl", "dg", minutes: 45)
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(UnplacedReason.NoCommonFreeTime, unplaced.Reason);
        Assert.Equal("delegation del-cl (present 2025-03-10 09:00 to 2025-03-10 09:30) has no 45 free minutes on the 5-minute step within one working day (Europe/Paris).", unplaced.Detail);
    }

    [Fact]
    public void NamesThePairWhoseFreeTimesDoNotMeet()
    {
        var builder = new ScenarioBuilder().Principal("dg").Room("r1");
        var scenario = builder
            .Delegation("del-a", departure: builder.At(0, "10:00"))
            .Block("opening", builder.Between(0, "09:00", "10:30"), "dg")
            .Request("q1", "del-a", "dg")
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(UnplacedReason.NoCommonFreeTime, unplaced.Reason);
        Assert.StartsWith("delegation del-a (present 2025-03-10 09:00 to 2025-03-10 10:00) and principal dg (blocked by Session opening) share no 30 free minutes", unplaced.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SaysNoRoomSeatsTheAttendees()
    {
        var scenario = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1", capacity: 6).Room("r2", capacity: 8)
            .Request("q1", "del-a", "dg", attendees: 12)
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(new UnplacedRequest("q1", UnplacedReason.NoSuitableRoom, "No room seats 12; the largest, Salon r2, seats 8."), unplaced);
    }

    [Fact]
    public void SaysNoRoomSuitsASigning()
    {
        var scenario = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1", capacity: 20)
            .Request("q1", "del-a", "dg", signing: true)
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(new UnplacedRequest("q1", UnplacedReason.NoSuitableRoom, "No room is suitable for a signing."), unplaced);
    }

    [Fact]
    public void NamesThePairsNoInterpreterWorksIn()
    {
        var scenario = new ScenarioBuilder().Principal("dg", "ar").Delegation("del-es", ["es"]).Room("r1")
            .Interpreter("int-fr", "ar/fr")
            .Request("q1", "del-es", "dg")
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(new UnplacedRequest("q1", UnplacedReason.NoInterpreter, "No interpreter works in ar/es."), unplaced);
    }

    [Fact]
    public void SaysWhenTheInterpretersOfThePairAreNeverAvailableWhileThePartiesAreFree()
    {
        var builder = new ScenarioBuilder().Principal("dg", "ar").Delegation("del-es", ["es"]).Room("r1");
        var scenario = builder
            .Interpreter("int-es", "ar/es", builder.Between(0, "09:00", "09:20"))
            .Request("q1", "del-es", "dg")
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(UnplacedReason.NoInterpreter, unplaced.Reason);
        Assert.Equal("The interpreters for ar/es (int-es) are not available for 30 minutes at any time del-es and dg are all free.", unplaced.Detail);
    }

    [Fact]
    public void NamesTheHigherPriorityMeetingThatCrowdsARequestOut()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00")
            .Principal("dg").Delegation("del-a").Delegation("del-b").Room("r1").Room("r2")
            .Request("q-high", "del-a", "dg", minutes: 60, priority: 5)
            .Request("q-low", "del-b", "dg", minutes: 60, priority: 2)
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q-low");

        Assert.Equal(new UnplacedRequest("q-low", UnplacedReason.CrowdedOut,
            "Every time it could be held is taken by q-high (priority 5, higher; shares dg)."), unplaced);
    }

    [Fact]
    public void NamesTheMeetingsHoldingEveryRoomWhenRoomsRunOut()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00")
            .Principal("dg").Principal("deputy").Delegation("del-a").Delegation("del-b").Room("r1")
            .Request("q1", "del-a", "dg", minutes: 60, priority: 3)
            .Request("q2", "del-b", "deputy", minutes: 60, priority: 3)
            .Build();

        var result = Planning.Plan(scenario);
        var placed = Assert.Single(result.Programme.Meetings).RequestId;
        var unplaced = Assert.Single(result.Programme.Unplaced);

        Assert.Equal(UnplacedReason.CrowdedOut, unplaced.Reason);
        Assert.Equal($"Every time it could be held is taken by {placed} (priority 3, equal; holds room Salon r1).", unplaced.Detail);
    }

    [Fact]
    public void NamesTheMeetingHoldingTheOnlyInterpreter()
    {
        var scenario = new ScenarioBuilder(start: "09:00", end: "10:00")
            .Principal("dg", "ar").Principal("deputy", "ar").Delegation("del-a", ["en"]).Delegation("del-b", ["en"])
            .Room("r1").Room("r2").Interpreter("int-1", "ar/en")
            .Request("q1", "del-a", "dg", minutes: 60, priority: 4)
            .Request("q2", "del-b", "deputy", minutes: 60, priority: 1)
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q2");

        Assert.Equal("Every time it could be held is taken by q1 (priority 4, higher; has interpreter int-1).", unplaced.Detail);
    }

    [Fact]
    public void NamesOnlyTheRoomHolderThatOverlapsAStartWhereEveryRoomIsTaken()
    {
        var builder = new ScenarioBuilder(start: "09:00", end: "11:00", buffer: 0)
            .Principal("dg").Principal("deputy").Principal("adviser").Delegation("del-a").Delegation("del-b").Room("r1");
        var scenario = builder
            .Delegation("del-c", departure: builder.At(0, "10:00"))
            .Request("q-a", "del-a", "dg", minutes: 60, priority: 5)
            .Request("q-b", "del-b", "deputy", minutes: 60, priority: 5)
            .Request("q-c", "del-c", "adviser", minutes: 60, priority: 1)
            .Build();

        var result = Planning.Plan(scenario);

        // q-c can only start at 09:00; the meeting at 10:00 starts as q-c would end, so it is not in the way.
        var first = Assert.Single(result.Programme.Meetings, m => m.Time.Start == builder.At(0, "09:00")).RequestId;
        Assert.Equal($"Every time it could be held is taken by {first} (priority 5, higher; holds room Salon r1).", result.Unplaced("q-c").Detail);
    }
}
