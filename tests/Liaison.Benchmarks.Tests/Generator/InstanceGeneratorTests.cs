using Liaison.Benchmarks.Generator;
using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Benchmarks.Tests.Generator;

/// <summary>The seeded generator: the shape's counts, determinism, and requests that respect the knobs.</summary>
public class InstanceGeneratorTests
{
    private static readonly InstanceShape SmallAssembly = InstanceShape.Assembly.Scaled(0.1);

    [Fact]
    public void BuildsTheCountsOfTheShape()
    {
        var scenario = InstanceGenerator.Generate(SmallAssembly, 7, "assembly");

        Assert.Equal((19, 3, 200, 2, 4), (scenario.Delegations.Count, scenario.Principals.Count, scenario.Requests.Count, scenario.Rooms.Count, scenario.Event.Days.Count));
        Assert.Equal(4, scenario.BlockedTimes.Count(b => b.Kind == BlockedTimeKind.Plenary && b.ParticipantIds.Count == 0));
        Assert.All(scenario.Requests, r => Assert.Equal(30, r.DurationMinutes));
    }

    [Fact]
    public void SameSeedGivesTheSameScenarioAndAnotherSeedAnother()
    {
        static string Fingerprint(Scenario s) => string.Join(";", s.Requests.Select(r => $"{r.RequestedBy}>{string.Join(",", r.Invitees)}:{r.Priority}"));

        var first = Fingerprint(InstanceGenerator.Generate(SmallAssembly, 7, "a"));

        Assert.Equal(first, Fingerprint(InstanceGenerator.Generate(SmallAssembly, 7, "a")));
        Assert.NotEqual(first, Fingerprint(InstanceGenerator.Generate(SmallAssembly, 8, "a")));
    }

    [Fact]
    public void NeverPairsTheSameParticipantsTwiceNorInvitesTheRequester()
    {
        var scenario = InstanceGenerator.Generate(InstanceShape.Brokerage.Scaled(0.02), 3, "brokerage");

        var pairs = scenario.Requests.Select(r => string.Join("|", r.ParticipantIds.Order(StringComparer.Ordinal))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(scenario.Requests, r => Assert.DoesNotContain(r.RequestedBy, r.Invitees));
    }

    [Fact]
    public void HostShareOfRequestsAndPrioritiesFollowTheKnobs()
    {
        var scenario = InstanceGenerator.Generate(InstanceShape.Assembly, 42, "assembly");

        var toHosts = scenario.Requests.Where(r => r.Invitees.Any(i => scenario.Participant(i) is Principal)).ToList();
        Assert.InRange(toHosts.Count, 150, 250);
        Assert.All(toHosts, r => Assert.InRange(r.Priority, 3, 5));
        Assert.Equal([1, 2, 3, 4, 5], scenario.Requests.Select(r => r.Priority).Distinct().Order());
        Assert.Equal(12, scenario.Interpreters.Count);
        Assert.Equal(6, scenario.Interpreters.SelectMany(i => i.LanguagePairs).Distinct().Count());
    }

    [Fact]
    public void DisruptionCancelsFivePercentMakesADelegationADayLateAndLosesARoom()
    {
        var scenario = InstanceGenerator.Generate(SmallAssembly, 7, "assembly");
        var first = scenario.Event.WorkingIntervals[0];
        var programme = new Programme(
            [new ScheduledMeeting(scenario.Requests[0].Id, new NodaTime.Interval(first.End - NodaTime.Duration.FromMinutes(30), first.End), scenario.Rooms[0].Id, [.. scenario.Requests[0].ParticipantIds], [])],
            []);

        var changes = Disruption.For(scenario, programme, 7);

        Assert.Equal(10, changes.OfType<Domain.Changes.RequestCancelled>().Count());
        var late = Assert.Single(changes.OfType<Domain.Changes.DelegationArrivesLate>());
        Assert.Contains(late.DelegationId, scenario.Requests[0].ParticipantIds);
        Assert.Equal(scenario.Event.WorkingIntervals[1].Start, late.Arrival);
        Assert.Single(changes.OfType<Domain.Changes.RoomLost>());
        var cancelled = changes.OfType<Domain.Changes.RequestCancelled>().Any(c => c.RequestId == scenario.Requests[0].Id);
        Assert.Equal(cancelled ? 0 : 1, Disruption.ForcedMoves(programme, changes));
    }
}
