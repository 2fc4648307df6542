namespace Liaison.Scheduling.Tests;

/// <summary>How the indexed programme chooses a room for a meeting.</summary>
public sealed class OccupancyTests
{
    [Fact]
    public void PutsAMeetingOffTheGridInTheRoomItLeavesFewestUnusableMinutesIn()
    {
        // 09:00-12:00, 30-minute meetings. q1 sits in r2 at 09:10. q2 at 09:40 follows it in r2 with no gap; in the
        // empty r1 (the first free room) it would leave 10 minutes before and 20 after that no 30-minute meeting can use.
        var scenario = new ScenarioBuilder().Delegation("a").Delegation("b").Delegation("c").Delegation("d").Room("r1").Room("r2")
            .Request("q1", "a", "b").Request("q2", "c", "d").Build();
        var problem = PlanningProblem.Build(scenario);
        var occupancy = new Occupancy(problem);
        Assert.NotNull(occupancy.TryPlaceAt(problem.Requests[0], 10, scenario.Rooms[1]));

        var placed = occupancy.TryPlaceAt(problem.Requests[1], 40, preferredRoom: null);

        Assert.Equal("r2", placed?.Room.Id);
    }

    [Fact]
    public void PutsAMeetingOnTheGridInTheFirstFreeRoom()
    {
        var scenario = new ScenarioBuilder().Delegation("a").Delegation("b").Delegation("c").Delegation("d").Room("r1").Room("r2")
            .Request("q1", "a", "b").Request("q2", "c", "d").Build();
        var problem = PlanningProblem.Build(scenario);
        var occupancy = new Occupancy(problem);
        Assert.NotNull(occupancy.TryPlaceAt(problem.Requests[0], 10, scenario.Rooms[1]));

        var placed = occupancy.TryPlaceAt(problem.Requests[1], 60, preferredRoom: null);

        Assert.Equal("r1", placed?.Room.Id);
    }
}
