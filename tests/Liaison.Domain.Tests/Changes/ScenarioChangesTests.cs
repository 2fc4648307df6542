using Liaison.Domain.Changes;
using NodaTime;

namespace Liaison.Domain.Tests.Changes;

/// <summary>Applying changes to a scenario gives the changed scenario and leaves the original alone.</summary>
public class ScenarioChangesTests
{
    private static readonly Scenario Original = TestScenario.Create();

    [Fact]
    public void CancellationRemovesTheRequestAndNewRequestAppendsOne()
    {
        var added = TestScenario.Request("R3", "del-no", invitees: "del-sn");

        var changed = ScenarioChanges.Apply(Original, [new RequestCancelled("R1"), new RequestAdded(added)]);

        Assert.Equal(["R2", "R3"], changed.Requests.Select(r => r.Id));
        Assert.Equal(["R1", "R2"], Original.Requests.Select(r => r.Id));
    }

    [Fact]
    public void LateArrivalAndEarlyDepartureMoveTheStay()
    {
        var changed = ScenarioChanges.Apply(Original,
            [new DelegationArrivesLate("del-no", TestScenario.Local(1, 14)), new DelegationLeavesEarly("del-no", TestScenario.Local(2, 11))]);

        Assert.Equal([TestScenario.Span(1, 14, 0, 240), TestScenario.Span(2, 9, 0, 120)], changed.FreeTime("del-no"));
    }

    [Fact]
    public void LostRoomIsWithdrawnAndRequestsLockedInItAreFreed()
    {
        var locked = TestScenario.Request("R1", "del-no").WithLock(new MeetingLock(TestScenario.Local(1, 10), "small"));
        var scenario = TestScenario.Create([locked]);

        var changed = ScenarioChanges.Apply(scenario, [new RoomLost("small", TestScenario.Local(1, 12))]);

        Assert.Equal(["signing"], changed.Rooms.Select(r => r.Id));
        Assert.Null(changed.Request("R1").Lock);
    }

    [Fact]
    public void LostInterpreterIsAvailableOnlyBeforeTheLoss()
    {
        var changed = ScenarioChanges.Apply(Original, [new InterpreterLost("int-en-fr", TestScenario.Local(1, 12))]);

        Assert.Equal([new Interval(Original.Event.Span.Start, TestScenario.Local(1, 12))], changed.Interpreter("int-en-fr").Availability);
        Assert.Empty(ScenarioChanges.Apply(Original, [new InterpreterLost("int-en-fr")]).Interpreters);
    }

    [Fact]
    public void PrincipalBusyBecomesABlockedTimeOfThatPrincipal()
    {
        var changed = ScenarioChanges.Apply(Original, [new PrincipalBusy("call", "dg", TestScenario.Span(1, 10, 0, 60), "Call with the minister")]);

        var blocked = Assert.Single(changed.BlockedTimes);
        Assert.Equal(("call", BlockedTimeKind.Other, "dg"), (blocked.Id, blocked.Kind, Assert.Single(blocked.ParticipantIds)));
        Assert.DoesNotContain(changed.FreeTime("dg"), free => free.Contains(TestScenario.Local(1, 10)));
    }

    [Fact]
    public void RejectsUnknownIdsAndATwiceCancelledRequest()
    {
        Assert.Throws<ArgumentException>(() => ScenarioChanges.Apply(Original, [new RequestCancelled("R9")]));
        Assert.Throws<ArgumentException>(() => ScenarioChanges.Apply(Original, [new RequestCancelled("R1"), new RequestCancelled("R1")]));
        Assert.Throws<ArgumentException>(() => ScenarioChanges.Apply(Original, [new RoomLost("hall")]));
        Assert.Throws<ArgumentException>(() => ScenarioChanges.Apply(Original, [new PrincipalBusy("x", "del-no", TestScenario.Span(1, 10, 0, 60), "x")]));
        Assert.Throws<ArgumentException>(() => ScenarioChanges.Apply(Original, [new DelegationArrivesLate("del-sn", TestScenario.Local(1, 14))]));
    }
}
