using CsCheck;

namespace Liaison.Scheduling.Tests;

/// <summary>The relaxation bound never cuts off a feasible programme.</summary>
public sealed class CapacityBoundTests
{
    [Fact]
    public void IsAtLeastTheExactOptimumOfEveryRandomScenario()
    {
        RandomScenario.Scenarios.Sample(scenario =>
        {
            var exact = Planning.Plan(scenario, seconds: 10, strategy: PlanningStrategy.Monolithic);
            Assert.True(exact.Objective.IsOptimal);

            var bound = CapacityBound.Compute(PlanningProblem.Build(scenario), TimeSpan.FromSeconds(5));

            Assert.True(bound >= exact.Objective.Value, $"bound {bound} < optimum {exact.Objective.Value}");
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void IsAtLeastTheValueFoundOnGeneratedAssembliesWithVenuesOptionalAttendeesAndLocks()
    {
        var scenario = FamilyScenario.Assembly(6, delegations: 30, requests: 150, rooms: 5, interpreters: 4, days: 2, extras: true);

        var result = Planning.Plan(scenario, seconds: 3, strategy: PlanningStrategy.LargeNeighbourhood);

        Assert.InRange(result.Objective.Value, 1, CapacityBound.Compute(PlanningProblem.Build(scenario), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void EqualsThePlacedPriorityWhenEveryRequestFits()
    {
        var scenario = new ScenarioBuilder(days: 2).Principal("dg").Delegation("del-a").Delegation("del-b").Room("r1")
            .Request("q1", "del-a", "dg", priority: 5).Request("q2", "del-b", "dg", priority: 2).Build();

        Assert.Equal(7, CapacityBound.Compute(PlanningProblem.Build(scenario), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void CountsAPrincipalsMeetingsOnThePlanningStepWithTheProtocolBuffer()
    {
        // One hour on a 15-minute step, 20-minute meetings, buffer 10: starts 0 and 30 fit, so two of three; the LP sees that.
        var builder = new ScenarioBuilder(end: "10:00", step: 15, buffer: 10).Principal("dg").Room("r1").Room("r2").Room("r3");
        for (var d = 0; d < 3; d++)
        {
            builder.Delegation($"del-{d}").Request($"q{d}", $"del-{d}", "dg", minutes: 20, priority: 1);
        }

        Assert.Equal(2, CapacityBound.Compute(PlanningProblem.Build(builder.Build()), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void RoundsAPrincipalsMeetingsOfADayDownToAWholeNumber()
    {
        // 90 minutes, 30-minute meetings, buffer 10: starts 0 and 40 fit, a third would end at 110. The minutes allow
        // (90 + 10) / 40 = 2.5 meetings; rounded down, the bound is the optimum, 2.
        var builder = new ScenarioBuilder(end: "10:30", step: 5, buffer: 10).Principal("dg").Room("r1").Room("r2").Room("r3");
        for (var d = 0; d < 3; d++)
        {
            builder.Delegation($"del-{d}").Request($"q{d}", $"del-{d}", "dg", minutes: 30, priority: 1);
        }

        Assert.Equal(2, CapacityBound.Compute(PlanningProblem.Build(builder.Build()), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void ChargesARoomMeetingForAPrincipalsMeetingsBeyondTheHalfHourGrid()
    {
        // 150 minutes, one room, 30-minute meetings, buffer 10. The principal fits four meetings at 09:00, 09:40, 10:20 and
        // 11:00, which leave the room no fifth; on the half-hour grid only three (09:00, 10:00, 11:00), leaving two
        // half-hours for the others. Best: the principal's four, 20. Without the phase cut the relaxation gives the
        // principal four and the room's fifth half-hour to a pair worth 1: 21.
        var builder = new ScenarioBuilder(end: "11:30", step: 5, buffer: 10).Principal("dg").Room("r1");
        for (var d = 0; d < 4; d++)
        {
            builder.Delegation($"del-{d}").Request($"q{d}", $"del-{d}", "dg", priority: 5);
        }

        for (var d = 0; d < 3; d++)
        {
            builder.Delegation($"pair-{d}a").Delegation($"pair-{d}b").Request($"o{d}", $"pair-{d}a", $"pair-{d}b", priority: 1);
        }

        var scenario = builder.Build();

        Assert.Equal(20, CapacityBound.Compute(PlanningProblem.Build(scenario), TimeSpan.FromSeconds(5)));
        var exact = Planning.Plan(scenario, seconds: 10, strategy: PlanningStrategy.Monolithic);
        Assert.Equal(20, exact.Objective.Value);
        Assert.True(exact.Objective.IsOptimal);
    }

    [Fact]
    public void IsAtLeastTheExactOptimumWhenEveryMeetingHasOneLength()
    {
        // Days of whole half-hours, where the phase cut applies: principals with buffers, delegations leaving early,
        // one to three rooms, 30-minute meetings of random priority.
        var scenarios =
            from halfHours in Gen.Int[3, 6]
            from step in Gen.OneOf(5, 10)
            from buffer in Gen.OneOf(0, 10, 20)
            from principals in Gen.Int[1, 2]
            from departures in Gen.Int[-4, 6].Array[2, 5]
            from rooms in Gen.Int[1, 3]
            from requests in Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], Gen.Int[1, 5]).Array[2, 10]
            select OneLength(halfHours, step, buffer, principals, departures, rooms, requests);
        scenarios.Sample(scenario =>
        {
            var exact = Planning.Plan(scenario, seconds: 10, strategy: PlanningStrategy.Monolithic);
            Assert.True(exact.Objective.IsOptimal);

            var bound = CapacityBound.Compute(PlanningProblem.Build(scenario), TimeSpan.FromSeconds(5));

            Assert.True(bound >= exact.Objective.Value, $"bound {bound} < optimum {exact.Objective.Value}");
        }, iter: 40, threads: 1);
    }

    private static Domain.Scenario OneLength(int halfHours, int step, int buffer, int principals, int[] departures, int rooms,
        (int By, int With, int Priority)[] requests)
    {
        var end = new NodaTime.LocalTime(9, 0).PlusMinutes(30 * halfHours);
        var builder = new ScenarioBuilder(end: end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), step: step, buffer: buffer);
        for (var p = 0; p < principals; p++)
        {
            builder.Principal($"p{p}");
        }

        for (var d = 0; d < departures.Length; d++)
        {
            var leaves = departures[d] <= 0 || departures[d] >= halfHours ? (NodaTime.Instant?)null
                : builder.At(0, new NodaTime.LocalTime(9, 0).PlusMinutes((30 * departures[d]) + 10).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            builder.Delegation($"d{d}", departure: leaves);
        }

        for (var r = 0; r < rooms; r++)
        {
            builder.Room($"room{r}");
        }

        for (var q = 0; q < requests.Length; q++)
        {
            var (by, with, priority) = requests[q];
            var requester = $"d{by % departures.Length}";
            var invitee = with < 2 ? $"p{with % principals}" : $"d{with % departures.Length}";
            builder.Request($"q{q}", requester, invitee == requester ? "p0" : invitee, priority: priority);
        }

        return builder.Build();
    }
}
