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
}
