namespace Liaison.Scheduling.Tests;

/// <summary>The ejection repair after the greedy construction: it keeps a move only when more priority is placed.</summary>
public sealed class EjectionRepairTests
{
    [Fact]
    public void TakesOutAMeetingThatCanMoveToPlaceARequestLeftOut()
    {
        // One hour, 30-minute step. q1 (priority 4) could be at 09:00 or 09:30, and the greedy rule puts it at 09:00;
        // q2 (priority 3) shares del-a and is possible only at 09:00, since del-c leaves at 09:30.
        var (problem, occupancy) = Constructed(q1Starts: "10:00");

        var moves = EjectionRepair.Run(occupancy, problem.Requests, () => false);

        Assert.Equal(1, moves);
        Assert.Equal(7, occupancy.PlacedPriority);
        Assert.Equal(30, occupancy.PlacementOf(problem.Requests[0])?.Start);
        Assert.Equal(0, occupancy.PlacementOf(problem.Requests[1])?.Start);
    }

    [Fact]
    public void RestoresTheProgrammeWhenTakingOutWouldPlaceLess()
    {
        // As above, but del-b also leaves at 09:30: q1 cannot move, so placing q2 would lose 4 for 3.
        var (problem, occupancy) = Constructed(q1Starts: "09:30");
        var before = occupancy.PlacementOf(problem.Requests[0]);

        var moves = EjectionRepair.Run(occupancy, problem.Requests, () => false);

        Assert.Equal(0, moves);
        Assert.Equal(4, occupancy.PlacedPriority);
        Assert.Same(before, occupancy.PlacementOf(problem.Requests[0]));
        Assert.Null(occupancy.PlacementOf(problem.Requests[1]));
    }

    [Fact]
    public void MovesAMeetingWorthMoreToTheHourOfOneWorthLess()
    {
        // q (priority 3) takes a's room at 09:00, a takes c's place at 09:30, c is left out: 7 placed, not 6.
        var (problem, occupancy) = Chain(qPriority: 3);

        var moves = EjectionRepair.Run(occupancy, problem.Requests, () => false);

        Assert.Equal(1, moves);
        Assert.Equal(7, occupancy.PlacedPriority);
        Assert.Equal(0, occupancy.PlacementOf(problem.Requests[1])?.Start);
        Assert.Equal(30, occupancy.PlacementOf(problem.Requests[0])?.Start);
        Assert.Null(occupancy.PlacementOf(problem.Requests[2]));
    }

    [Fact]
    public void LeavesAProgrammeAloneWhenEveryChainWouldEndLeavingOutAsMuch()
    {
        // q is worth 2, as much as c: the chain would trade c for q, so nothing moves.
        var (problem, occupancy) = Chain(qPriority: 2);
        var before = occupancy.Placements.ToList();

        var moves = EjectionRepair.Run(occupancy, problem.Requests, () => false);

        Assert.Equal(0, moves);
        Assert.Equal(6, occupancy.PlacedPriority);
        Assert.All(before, p => Assert.Same(p, occupancy.PlacementOf(p.Plannable)));
    }

    /// <summary>
    /// One room, two half-hours. The greedy rule puts a (priority 4) at 09:00 and c (priority 2) at 09:30; q is possible
    /// only at 09:00 (del-d leaves at 09:30) and is left out.
    /// </summary>
    private static (PlanningProblem Problem, Occupancy Occupancy) Chain(int qPriority)
    {
        var builder = new ScenarioBuilder(end: "10:00", step: 30, buffer: 0);
        builder.Delegation("del-a").Delegation("del-b").Delegation("del-c").Delegation("del-d", departure: builder.At(0, "09:30"))
            .Delegation("del-e").Delegation("del-f").Room("r1")
            .Request("a", "del-a", "del-b", priority: 4).Request("q", "del-c", "del-d", priority: qPriority).Request("c", "del-e", "del-f", priority: 2);
        var problem = PlanningProblem.Build(builder.Build());
        var occupancy = new Occupancy(problem);
        LargeNeighbourhoodSearch.Construct(occupancy, problem.Requests);
        Assert.Equal(6, occupancy.PlacedPriority);
        Assert.Null(occupancy.PlacementOf(problem.Requests[1]));
        return (problem, occupancy);
    }

    private static (PlanningProblem Problem, Occupancy Occupancy) Constructed(string q1Starts)
    {
        var builder = new ScenarioBuilder(end: "10:00", step: 30, buffer: 0);
        builder.Delegation("del-a").Delegation("del-b", departure: builder.At(0, q1Starts)).Delegation("del-c", departure: builder.At(0, "09:30"))
            .Room("r1").Room("r2")
            .Request("q1", "del-a", "del-b", priority: 4).Request("q2", "del-a", "del-c", priority: 3);
        var problem = PlanningProblem.Build(builder.Build());
        var occupancy = new Occupancy(problem);
        LargeNeighbourhoodSearch.Construct(occupancy, problem.Requests);
        Assert.Equal(0, occupancy.PlacementOf(problem.Requests[0])?.Start);
        Assert.Null(occupancy.PlacementOf(problem.Requests[1]));
        return (problem, occupancy);
    }
}
