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

    [Fact]
    public void PlacesAPrincipalsMeetingsOnTheGridOfTheirLengthDespiteTheBuffer()
    {
        // 09:00-12:00, 5-minute step, 10-minute buffer: after 09:00-09:30 the principal is free again at 09:40, off the
        // 30-minute grid; the greedy rule waits for 10:00 so that the room and the delegations keep whole half-hours.
        var scenario = new ScenarioBuilder().Principal("dg").Delegation("a").Delegation("b").Room("r1")
            .Request("q1", "a", "dg").Request("q2", "b", "dg").Build();
        var problem = PlanningProblem.Build(scenario);
        var occupancy = new Occupancy(problem);

        var starts = problem.Requests.Select(occupancy.TryPlace).Select(p => p?.Start).ToList();

        Assert.Equal([0, 60], starts);
    }

    [Fact]
    public void PlacesAPrincipalsMeetingOffTheGridWhenNoStartOnItIsFree()
    {
        // As above but b leaves at 10:00: 09:40 is the only start left for q2.
        var builder = new ScenarioBuilder();
        var scenario = builder.Principal("dg").Delegation("a").Delegation("b", departure: builder.At(0, "10:10")).Room("r1")
            .Request("q1", "a", "dg").Request("q2", "b", "dg").Build();
        var problem = PlanningProblem.Build(scenario);
        var occupancy = new Occupancy(problem);

        var starts = problem.Requests.Select(occupancy.TryPlace).Select(p => p?.Start).ToList();

        Assert.Equal([0, 40], starts);
    }
}
