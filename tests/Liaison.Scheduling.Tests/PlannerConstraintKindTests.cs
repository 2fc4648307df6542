using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling.Tests;

/// <summary>The constraint kinds added by issue 3, each on a scenario small enough to know the right answer.</summary>
public sealed class PlannerConstraintKindTests
{
    [Fact]
    public void BringsAnOptionalAttendeeWhoIsFreeAndRewardsIt()
    {
        var scenario = new ScenarioBuilder().Principal("dg").Principal("deputy").Delegation("del-a").Room("r1")
            .RequestWith("q1", "del-a", "dg", optional: ["deputy"])
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal(["del-a", "dg", "deputy"], result.Meeting("q1").ParticipantIds);
        Assert.Equal(1, result.OptionalAttendance);
    }

    [Fact]
    public void HoldsTheMeetingWithoutAnOptionalAttendeeWhoIsNeverFree()
    {
        var builder = new ScenarioBuilder(end: "10:00").Principal("dg").Principal("deputy").Delegation("del-a").Room("r1");
        var scenario = builder
            .Block("away", builder.Between(0, "09:00", "10:00"), "deputy")
            .RequestWith("q1", "del-a", "dg", optional: ["deputy"])
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal(["del-a", "dg"], result.Meeting("q1").ParticipantIds);
        Assert.Equal(0, result.OptionalAttendance);
    }

    [Fact]
    public void PlacesBothRequestsBeforeBringingAnOptionalAttendee()
    {
        // One hour, 30-minute meetings, dg's buffer 0: q1 with deputy optional, q2 with deputy required at the same time
        // would clash; placement ranks above attendance, so deputy attends only if both still fit.
        var scenario = new ScenarioBuilder(end: "09:30", buffer: 0).Principal("dg").Principal("deputy").Delegation("del-a").Delegation("del-b")
            .Room("r1").Room("r2")
            .RequestWith("q1", "del-a", "dg", optional: ["deputy"])
            .RequestWith("q2", "del-b", "deputy")
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal(2, result.Programme.Meetings.Count);
        Assert.DoesNotContain("deputy", result.Meeting("q1").ParticipantIds);
    }

    [Fact]
    public void HoldsAMeetingOnlyInARoomWithEveryRequiredFeature()
    {
        var scenario = new ScenarioBuilder().Principal("dg").Delegation("del-a")
            .Room("plain").Room("video", features: ["video"]).Room("both", features: ["video", "press"])
            .RequestWith("q1", "del-a", "dg", features: ["press", "video"])
            .Build();

        Assert.Equal("both", Planning.Plan(scenario).Meeting("q1").RoomId);
    }

    [Fact]
    public void LeavesOutARequestForAFeatureNoRoomOffers()
    {
        var scenario = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1", features: ["video"])
            .RequestWith("q1", "del-a", "dg", features: ["press"])
            .Build();

        Assert.Equal(UnplacedReason.NoSuitableRoom, Planning.Plan(scenario).Unplaced("q1").Reason);
    }

    [Fact]
    public void GivesADelegationTheTravelTimeBetweenMeetingsInDifferentVenues()
    {
        // 09:00-10:30; del-a meets dg in the centre and del-b at the hotel, 30 minutes away: only 09:00 and 10:00 work.
        var scenario = new ScenarioBuilder(end: "10:30", buffer: 0).Venues("centre", "hotel", 30)
            .Principal("dg").Delegation("del-a").Delegation("del-b")
            .Room("c1", venue: "centre").Room("h1", venue: "hotel")
            .RequestWith("q1", "del-a", "dg", features: null)
            .RequestWith("q2", "del-a", "del-b")
            .Build();
        var onlyCentre = new ScenarioBuilder(end: "10:30", buffer: 0).Venues("centre", "hotel", 30)
            .Principal("dg").Delegation("del-a").Delegation("del-b")
            .Room("c1", venue: "centre", features: ["dg"]).Room("h1", venue: "hotel")
            .RequestWith("q1", "del-a", "dg", features: ["dg"])
            .RequestWith("q2", "del-a", "del-b")
            .Build();

        Assert.Equal(2, Planning.Plan(scenario).Programme.Meetings.Count);
        var result = Planning.Plan(onlyCentre);

        var (first, second) = (result.Meeting("q1"), result.Meeting("q2"));
        var gap = first.Time.Start < second.Time.Start ? Planning.Gap(first, second) : Planning.Gap(second, first);
        Assert.True(second.RoomId == "c1" || gap.TotalMinutes >= 30, $"q1 {first.Time} in {first.RoomId}, q2 {second.Time} in {second.RoomId}");
    }

    [Fact]
    public void AddsTheProtocolBufferToTheTravelTimeOfAPrincipal()
    {
        // dg has two meetings, one per venue, 20 minutes apart, buffer 10: 09:00-09:30 then 10:00 at the earliest.
        var scenario = new ScenarioBuilder(end: "10:30", buffer: 10).Venues("centre", "hotel", 20)
            .Principal("dg").Delegation("del-a").Delegation("del-b")
            .Room("c1", venue: "centre", features: ["a"]).Room("h1", venue: "hotel", features: ["b"])
            .RequestWith("q1", "del-a", "dg", features: ["a"])
            .RequestWith("q2", "del-b", "dg", features: ["b"])
            .Build();

        var result = Planning.Plan(scenario);

        var meetings = result.Programme.Meetings.OrderBy(m => m.Time.Start).ToList();
        Assert.Equal(2, meetings.Count);
        Assert.True(Planning.Gap(meetings[0], meetings[1]).TotalMinutes >= 30);
    }

    [Fact]
    public void HoldsALockedMeetingWhereItIsLockedAndWorksAroundIt()
    {
        var builder = new ScenarioBuilder(end: "10:00", buffer: 0).Principal("dg").Delegation("del-a").Delegation("del-b").Room("r1").Room("r2");
        var scenario = builder
            .RequestWith("q-locked", "del-a", "dg", locked: new MeetingLock(builder.At(0, "09:30"), "r2"))
            .RequestWith("q-free", "del-b", "dg")
            .Build();

        var result = Planning.Plan(scenario);

        var locked = result.Meeting("q-locked");
        Assert.Equal((builder.At(0, "09:30"), "r2", true), (locked.Time.Start, locked.RoomId, locked.Locked));
        Assert.Equal("09:00", result.Meeting("q-free").LocalStart(scenario));
    }

    [Fact]
    public void ReportsALockWhenAParticipantIsAbsentThen()
    {
        var builder = new ScenarioBuilder().Principal("dg").Delegation("del-a").Room("r1");
        var scenario = builder
            .Block("plenary", builder.Between(0, "09:00", "10:00"))
            .RequestWith("q1", "del-a", "dg", locked: new MeetingLock(builder.At(0, "09:30"), "r1"))
            .Build();

        var unplaced = Planning.Plan(scenario).Unplaced("q1");

        Assert.Equal(UnplacedReason.LockInfeasible, unplaced.Reason);
        Assert.Contains("locked at 2025-03-10 09:30 (Europe/Paris)", unplaced.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsTheSecondOfTwoClashingLocks()
    {
        var builder = new ScenarioBuilder().Principal("dg").Delegation("del-a").Delegation("del-b").Room("r1").Room("r2");
        var scenario = builder
            .RequestWith("q1", "del-a", "dg", locked: new MeetingLock(builder.At(0, "09:30"), "r1"))
            .RequestWith("q2", "del-b", "dg", locked: new MeetingLock(builder.At(0, "09:45"), "r2"))
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal("09:30", result.Meeting("q1").LocalStart(scenario));
        var clash = result.Unplaced("q2");
        Assert.Equal(UnplacedReason.LockInfeasible, clash.Reason);
        Assert.Contains("clashes with locked meeting q1", clash.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldsATrilateralAndARoundTableWithEveryParticipantBusy()
    {
        // Three delegations in a trilateral and a round table of four with a principal; one room, so they follow each other.
        var scenario = new ScenarioBuilder(end: "10:00", buffer: 0).Principal("dg").Delegation("del-a").Delegation("del-b").Delegation("del-c")
            .Room("r1")
            .Request("q-tri", "del-a", "del-b,del-c", priority: 5)
            .Request("q-round", "del-b", "dg,del-a,del-c", priority: 4)
            .Request("q-bilateral", "del-c", "del-a", priority: 1)
            .Build();

        var result = Planning.Plan(scenario);

        Assert.Equal(["del-a", "del-b", "del-c"], result.Meeting("q-tri").ParticipantIds);
        Assert.Equal(["del-b", "dg", "del-a", "del-c"], result.Meeting("q-round").ParticipantIds);
        Assert.Equal(UnplacedReason.CrowdedOut, result.Unplaced("q-bilateral").Reason);
    }

    [Theory]
    [InlineData(PlanningStrategy.Monolithic)]
    [InlineData(PlanningStrategy.LargeNeighbourhood)]
    public void LeavesTheExcessOfAnOverSubscribedEventUnplacedWithReasons(PlanningStrategy strategy)
    {
        // One room, one hour, 40 requests of 30 minutes: two fit.
        var builder = new ScenarioBuilder(end: "10:00", buffer: 0).Principal("dg").Room("r1");
        for (var d = 0; d < 40; d++)
        {
            builder.Delegation($"del-{d}").Request($"q{d}", $"del-{d}", "dg", priority: 1 + (d % 5));
        }

        var scenario = builder.Build();
        var result = Planning.Plan(scenario, seconds: 5, strategy: strategy);

        Assert.Equal(2, result.Programme.Meetings.Count);
        Assert.Equal(10, result.Objective.Value);
        Assert.Equal(38, result.Programme.Unplaced.Count);
        Assert.All(result.Programme.Unplaced, u => Assert.Equal(UnplacedReason.CrowdedOut, u.Reason));
        Assert.All(result.Programme.Unplaced, u => Assert.StartsWith("Every time it could be held is taken by", u.Detail, StringComparison.Ordinal));
    }
}
