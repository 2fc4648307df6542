using NodaTime;

namespace Liaison.Domain.Tests;

public sealed class ScenarioTests
{
    [Fact]
    public void FreeTimeIsPresenceMinusTheBlocksThatApply()
    {
        var plenary = new BlockedTime("plenary", "Plenary", BlockedTimeKind.Plenary, TestScenario.Span(1, 10, 0, 60), []);
        var dgOnly = new BlockedTime("press", "Press point", BlockedTimeKind.Other, TestScenario.Span(1, 12, 0, 30), ["dg"]);
        var scenario = TestScenario.Create(blocked: [plenary, dgOnly]);

        var senegal = scenario.FreeTime("del-sn");
        var dg = scenario.FreeTime("dg");

        Assert.Equal([TestScenario.Span(1, 9, 0, 60), new Interval(TestScenario.Local(1, 11), TestScenario.Local(1, 13))], senegal);
        Assert.Equal(4, dg.Count);
        Assert.DoesNotContain(dg, i => i.Contains(TestScenario.Local(1, 12, 15)));
    }

    [Fact]
    public void RejectsARequestFromAPrincipal()
    {
        var error = Assert.Throws<ArgumentException>(() => TestScenario.Create([TestScenario.Request("R1", "dg", invitees: "del-no")]));

        Assert.Contains("not a delegation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnInviteeThatDoesNotExist()
    {
        var error = Assert.Throws<ArgumentException>(() => TestScenario.Create([TestScenario.Request("R1", "del-no", invitees: "nobody")]));

        Assert.Contains("unknown participant 'nobody'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsTwoRequestsWithOneId()
    {
        Assert.Throws<ArgumentException>(() => TestScenario.Create([TestScenario.Request("R1", "del-no"), TestScenario.Request("R1", "del-sn")]));
    }

    [Fact]
    public void DelegationPresenceIsClippedToArrivalAndDeparture()
    {
        var scenario = TestScenario.Create();

        var presence = scenario.Participant("del-sn").Presence(scenario.Event);

        Assert.Equal([new Interval(TestScenario.Local(1, 9), TestScenario.Local(1, 13))], presence);
        Assert.Equal(Duration.FromHours(4), presence.Single().Duration);
    }
}
