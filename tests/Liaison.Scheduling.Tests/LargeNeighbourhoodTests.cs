using Liaison.Domain.Programmes;

namespace Liaison.Scheduling.Tests;

/// <summary>The large-neighbourhood strategy on medium generated assemblies, checked by the independent validator.</summary>
public sealed class LargeNeighbourhoodTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void PlansAMediumAssemblyWithoutBreakingARule(int seed, bool extras)
    {
        var scenario = FamilyScenario.Assembly(seed, delegations: 40, requests: 260, rooms: 6, interpreters: 4, days: 2, extras);

        var result = Planning.Plan(scenario, seconds: 3, strategy: PlanningStrategy.LargeNeighbourhood);

        Assert.Equal(PlanningStrategy.LargeNeighbourhood, result.Strategy);
        Assert.Equal(BoundMethod.Relaxation, result.BoundMethod);
        Assert.Equal(scenario.Requests.Count, result.Programme.Meetings.Count + result.Programme.Unplaced.Count);
        Assert.InRange(result.Programme.Meetings.Count, 100, 259);
        Assert.All(result.Programme.Unplaced, u => Assert.False(string.IsNullOrWhiteSpace(u.Detail)));
    }

    [Fact]
    public void PlacesAtLeastAsMuchAsTheGreedyConstructionAlone()
    {
        var scenario = FamilyScenario.Assembly(4, delegations: 40, requests: 260, rooms: 6, interpreters: 4, days: 2);
        var problem = PlanningProblem.Build(scenario);
        var greedy = new Occupancy(problem);
        LargeNeighbourhoodSearch.Construct(greedy, problem.Requests);

        var result = Planning.Plan(scenario, seconds: 3, strategy: PlanningStrategy.LargeNeighbourhood);

        Assert.True(result.Objective.Value >= greedy.PlacedPriority, $"{result.Objective.Value} < greedy {greedy.PlacedPriority}");
    }

    [Fact]
    public void StopsAtATinyTimeLimitWithTheGreedyProgrammeTheQuickBoundAndUnexaminedReasons()
    {
        var scenario = FamilyScenario.Assembly(4, delegations: 40, requests: 260, rooms: 6, interpreters: 4, days: 2);
        var problem = PlanningProblem.Build(scenario);
        var greedy = new Occupancy(problem);
        LargeNeighbourhoodSearch.Construct(greedy, problem.Requests);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromTicks(1), Workers = 1, Strategy = PlanningStrategy.LargeNeighbourhood };

        var result = new Planner(TimeProvider.System).Plan(scenario, options);

        Assert.Empty(ProgrammeValidator.Check(scenario, result.Programme));
        Assert.True(result.LimitReached);
        Assert.False(result.Objective.IsOptimal);
        Assert.Equal(greedy.PlacedPriority, result.Objective.Value);
        Assert.Equal(CapacityBound.Quick(problem), result.Objective.Bound);
        var crowdedOut = result.Programme.Unplaced.Where(u => u.Reason == UnplacedReason.CrowdedOut).ToList();
        Assert.NotEmpty(crowdedOut);
        Assert.All(crowdedOut, u => Assert.Equal(ReasonText.CrowdedOutUnexamined, u.Detail));
    }

    [Fact]
    public void ChoosesTheMonolithicModelForSmallScenariosAndNeighbourhoodsForLargeOnes()
    {
        var scenario = FamilyScenario.Assembly(5, delegations: 20, requests: 60, rooms: 4, interpreters: 4, days: 1);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(3), Workers = 1 };
        var planner = new Planner(TimeProvider.System);

        var small = planner.Plan(scenario, options);
        var large = planner.Plan(scenario, options with { MonolithicRequestLimit = 10 });

        Assert.Equal(PlanningStrategy.Monolithic, small.Strategy);
        Assert.Equal(PlanningStrategy.LargeNeighbourhood, large.Strategy);
        Assert.Empty(ProgrammeValidator.Check(scenario, large.Programme));
    }
}
