using CsCheck;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Scheduling.Tests;

/// <summary>
/// Properties of the planner on random small scenarios, checked by the independent
/// <see cref="ProgrammeValidator"/> and by trying every way to hold each request left out.
/// </summary>
public sealed class PlannerPropertyTests
{
    private const int Cases = 60;

    [Fact]
    public void PlansEveryRandomScenarioWithoutBreakingARuleAndAccountsForEveryRequestOnce()
    {
        RandomScenario.Scenarios.Sample(scenario =>
        {
            var result = Planning.Plan(scenario, seconds: 10);

            var accounted = result.Programme.Meetings.Select(m => m.RequestId).Concat(result.Programme.Unplaced.Select(u => u.RequestId));
            Assert.Equal(scenario.Requests.Select(r => r.Id).Order(StringComparer.Ordinal), accounted.Order(StringComparer.Ordinal));
            Assert.True(result.Objective.IsOptimal, $"not optimal: {result.Objective}");
            Assert.Equal(result.Objective.Value, result.Objective.Bound);
        }, iter: Cases, threads: 1);
    }

    [Fact]
    public void LeavesOutOnlyRequestsThatCannotBeHeldInAnyWay()
    {
        RandomScenario.Scenarios.Sample(scenario =>
        {
            var result = Planning.Plan(scenario, seconds: 10);

            foreach (var unplaced in result.Programme.Unplaced)
            {
                // A static reason must hold against an empty programme; crowding against the programme returned.
                var others = unplaced.Reason == UnplacedReason.CrowdedOut ? result.Programme.Meetings : [];
                var fit = EveryWayToHold(scenario, scenario.Request(unplaced.RequestId))
                    .FirstOrDefault(m => !Breaks(scenario, others, m));
                Assert.True(fit is null, $"{unplaced.RequestId} ({unplaced.Reason}: {unplaced.Detail}) fits at {fit?.Time} in {fit?.RoomId}");
                Assert.False(string.IsNullOrWhiteSpace(unplaced.Detail));
            }
        }, iter: Cases / 2, threads: 1);
    }

    /// <summary>Every start on the step, room, and interpreter (or none) the request could be given, right or wrong.</summary>
    private static IEnumerable<ScheduledMeeting> EveryWayToHold(Scenario scenario, MeetingRequest request)
    {
        var step = Duration.FromMinutes(scenario.Event.PlanningStepMinutes);
        var length = Duration.FromMinutes(request.DurationMinutes);
        IReadOnlyList<string>[] interpreterChoices = [[], .. scenario.Interpreters.Select(i => (IReadOnlyList<string>)[i.Id])];
        foreach (var day in scenario.Event.WorkingIntervals)
        {
            for (var start = day.Start; start + length <= day.End; start += step)
            {
                foreach (var room in scenario.Rooms)
                {
                    foreach (var interpreters in interpreterChoices)
                    {
                        yield return new ScheduledMeeting(request.Id, new Interval(start, start + length), room.Id, [.. request.ParticipantIds], interpreters);
                    }
                }
            }
        }
    }

    private static bool Breaks(Scenario scenario, IReadOnlyList<ScheduledMeeting> others, ScheduledMeeting candidate) =>
        ProgrammeValidator.Check(scenario, new Programme([.. others, candidate], []))
            .Any(v => v.Kind != ViolationKind.RequestNotAccountedOnce);
}
