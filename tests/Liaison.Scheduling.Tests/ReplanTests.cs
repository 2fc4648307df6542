using CsCheck;
using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling.Tests;

/// <summary>Re-planning keeps unaffected meetings, re-places what the changes force out, and moves others only to place more.</summary>
public sealed class ReplanTests
{
    private static readonly PlannerOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(5), Workers = 1, RandomSeed = 3 };

    [Fact]
    public void KeepsEveryMeetingNoChangeTouchesAtTheSameStartAndRoom()
    {
        Gen.Select(RandomScenario.Scenarios, Gen.Int[0, 20], Gen.Int[0, 5], Gen.Int[1, 3], Gen.Int[0, 3]).Sample((scenario, cancel, late, hours, room) =>
        {
            var previous = Planning.Plan(scenario, seconds: 5).Programme;
            var changed = ScenarioChanges.Apply(scenario, cancel, late, hours, room);

            var result = Replan(changed, previous);

            foreach (var meeting in previous.Meetings.Where(m => Untouched(changed, m)))
            {
                var now = result.Plan.Programme.Meetings.FirstOrDefault(m => m.RequestId == meeting.RequestId);
                Assert.True(now is not null, $"{meeting.RequestId} at {meeting.Time} in {meeting.RoomId} is gone: {string.Join(" | ", result.Changes.Select(c => $"{c.RequestId} {c.Kind} {c.Reason}"))}");
                Assert.Equal((meeting.Time, meeting.RoomId), (now.Time, now.RoomId));
                Assert.Equal(MeetingChangeKind.Kept, Assert.Single(result.Changes, c => c.RequestId == meeting.RequestId).Kind);
            }
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void ReportsTheCancelledMeetingDroppedAndPlacesANewRequestInItsPlaceWithoutMovingOthers()
    {
        var builder = new ScenarioBuilder(end: "10:00", buffer: 0).Principal("dg").Delegation("del-a").Delegation("del-b").Delegation("del-c").Room("r1");
        var scenario = builder.Request("q-a", "del-a", "dg").Request("q-b", "del-b", "dg").Build();
        var previous = Planning.Plan(scenario).Programme;
        var changed = builder.Cancel("q-a").Request("q-c", "del-c", "dg").Build();

        var result = Replan(changed, previous);

        Assert.Equal("Its request is cancelled.", Assert.Single(result.OfKind(MeetingChangeKind.Dropped)).Reason);
        Assert.Equal("q-c", Assert.Single(result.OfKind(MeetingChangeKind.NewlyPlaced)).RequestId);
        Assert.Equal("q-b", Assert.Single(result.OfKind(MeetingChangeKind.Kept)).RequestId);
        Assert.Empty(result.OfKind(MeetingChangeKind.Moved));
    }

    [Fact]
    public void PlacesTheWaitingRequestsTogetherWhereTakingThemOneByOneWouldLoseOne()
    {
        // Highest priority first, q-a would take 09:00, the only time q-b has (del-b leaves at 09:30).
        var builder = new ScenarioBuilder(end: "10:00", buffer: 0);
        builder.Delegation("del-a").Delegation("del-b", departure: builder.At(0, "09:30")).Delegation("del-c").Delegation("del-d").Room("r1");
        var previous = Planning.Plan(builder.Build()).Programme;
        var changed = builder.Request("q-a", "del-a", "del-c", priority: 5).Request("q-b", "del-b", "del-d", priority: 4).Build();

        var result = Replan(changed, previous);

        Assert.Equal(9, result.Plan.Objective.Value);
        Assert.Equal(builder.At(0, "09:00"), result.Meeting("q-b").Time.Start);
        Assert.Equal(builder.At(0, "09:30"), result.Meeting("q-a").Time.Start);
    }

    [Fact]
    public void ReplacesAMeetingWhoseRoomIsLostAndSaysWhy()
    {
        var builder = new ScenarioBuilder(buffer: 0).Principal("dg").Delegation("del-a").Room("r1", capacity: 10).Room("r2", capacity: 4);
        var scenario = builder.Request("q1", "del-a", "dg").Build();
        var previous = Planning.Plan(scenario).Programme;
        var changed = ScenarioChanges.Apply(scenario, cancel: -1, late: 0, hoursLate: 0, roomLost: scenario.Rooms.ToList().FindIndex(r => r.Id == previous.Meetings[0].RoomId));

        var change = Assert.Single(Replan(changed, previous.WithoutCancelled(changed)).Changes);

        Assert.Equal(MeetingChangeKind.Moved, change.Kind);
        Assert.Contains("no longer available", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AMeetingWhoseRoomIsLostKeepsItsTimeInAnotherRoomThatIsFreeThen()
    {
        // q1 was held at 11:00 in r1; r1 is lost. The morning is free from 09:00, where a fresh plan would put it first,
        // but a change of room is the smaller change for the delegation and the principal: 11:00 in r2.
        var builder = new ScenarioBuilder(buffer: 0).Principal("dg").Delegation("del-a").Room("r1").Room("r2");
        var scenario = builder.Request("q1", "del-a", "dg").Build();
        var previous = new Programme([new ScheduledMeeting("q1", new NodaTime.Interval(builder.At(0, "11:00"), builder.At(0, "11:30")), "r1", ["del-a", "dg"], [])], []);
        var changed = ScenarioChanges.Apply(scenario, cancel: -1, late: 0, hoursLate: 0, roomLost: 0);

        var result = Replan(changed, previous);

        var change = Assert.Single(result.Changes);
        Assert.Equal(MeetingChangeKind.Moved, change.Kind);
        Assert.Equal((builder.At(0, "11:00"), "r2"), (result.Meeting("q1").Time.Start, result.Meeting("q1").RoomId));
    }

    [Fact]
    public void MovesAMeetingOnlyWhenAllowedAndThatPlacesMorePriority()
    {
        // dg 09:00-10:00 with buffer 0: q-low holds 09:00 (its preferred window, so in every optimal programme: at 09:30
        // q-high would fit beside it without a move); new q-high can only be held at 09:00 (del-h leaves at 09:30),
        // and q-low can move to 09:30, so it moves; q-other, whose move would gain nothing, stays.
        var builder = new ScenarioBuilder(end: "10:00", buffer: 0).Principal("dg").Principal("deputy").Delegation("del-l").Delegation("del-o").Room("r1").Room("r2");
        var scenario = builder
            .Request("q-low", "del-l", "dg", priority: 1, preferred: builder.Between(0, "09:00", "09:30"))
            .RequestWith("q-other", "del-o", "deputy", priority: 1)
            .Build();
        var previous = Planning.Plan(scenario).Programme;
        var low = previous.Meetings.Single(m => m.RequestId == "q-low");
        Assert.Equal(builder.Between(0, "09:00", "09:30"), low.Time);
        var changed = builder
            .Delegation("del-h", departure: low.Time.End)
            .RequestWith("q-high", "del-h", "dg", priority: 5)
            .Build();

        var strict = Replan(changed, previous);
        var result = Replan(changed, previous, Options with { AllowMovesToPlaceMore = true });

        Assert.Empty(strict.OfKind(MeetingChangeKind.Moved));
        Assert.Equal(UnplacedReason.CrowdedOut, strict.Plan.Unplaced("q-high").Reason);
        Assert.Equal("q-high", Assert.Single(result.OfKind(MeetingChangeKind.NewlyPlaced)).RequestId);
        var moved = Assert.Single(result.OfKind(MeetingChangeKind.Moved));
        Assert.Equal(("q-low", "Moved so that more priority could be placed."), (moved.RequestId, moved.Reason));
        Assert.Equal("q-other", Assert.Single(result.OfKind(MeetingChangeKind.Kept)).RequestId);
    }

    [Fact]
    public void NeverMovesALockedMeeting()
    {
        var builder = new ScenarioBuilder(end: "10:00", buffer: 0).Principal("dg").Delegation("del-l").Room("r1");
        var scenario = builder.RequestWith("q-low", "del-l", "dg", priority: 1, locked: new MeetingLock(builder.At(0, "09:00"), "r1")).Build();
        var previous = Planning.Plan(scenario).Programme;
        var changed = builder.Delegation("del-h", departure: builder.At(0, "09:30")).RequestWith("q-high", "del-h", "dg", priority: 5).Build();

        var result = Replan(changed, previous, Options with { AllowMovesToPlaceMore = true });

        Assert.Equal(MeetingChangeKind.Kept, result.Changes.Single(c => c.RequestId == "q-low").Kind);
        Assert.Equal(UnplacedReason.CrowdedOut, result.Plan.Unplaced("q-high").Reason);
    }

    private static ReplanResult Replan(Scenario changed, Programme previous, PlannerOptions? options = null)
    {
        var result = new Planner(TimeProvider.System).Replan(changed, previous, options ?? Options);
        var violations = ProgrammeValidator.Check(changed, result.Plan.Programme);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Select(v => v.Message)));
        return result;
    }

    /// <summary>A previous meeting whose request, room and participants' availability the changes left alone.</summary>
    private static bool Untouched(Scenario changed, ScheduledMeeting meeting)
    {
        if (!changed.Requests.Any(r => r.Id == meeting.RequestId) || !changed.Rooms.Any(r => r.Id == meeting.RoomId))
        {
            return false;
        }

        var violations = new List<ProgrammeViolation>();
        ProgrammeValidator.CheckMeeting(changed, meeting, violations);
        return violations.Count == 0;
    }
}
