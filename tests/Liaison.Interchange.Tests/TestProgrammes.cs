using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Interchange.Tests;

/// <summary>Programmes built by hand for the test scenarios (no planner involved).</summary>
internal static class TestProgrammes
{
    /// <summary>A meeting for <paramref name="requestId"/> starting at the event-local <paramref name="localStart"/>.</summary>
    public static ScheduledMeeting Meeting(Scenario scenario, string requestId, LocalDateTime localStart, string roomId, params string[] interpreterIds)
    {
        var request = scenario.Request(requestId);
        var start = EventTime.ToInstant(scenario.Event.TimeZone, localStart);
        return new ScheduledMeeting(requestId, new Interval(start, start + Duration.FromMinutes(request.DurationMinutes)), roomId,
            request.ParticipantIds.ToList(), interpreterIds);
    }

    /// <summary>For <see cref="TestScenarios.Marrakech"/>: R01 and R02 placed (R01 with an interpreter), R03 left out.</summary>
    public static Programme Marrakech(Scenario scenario) => new(
        [
            Meeting(scenario, "R02", new LocalDateTime(2024, 11, 25, 11, 30), "atlas"),
            Meeting(scenario, "R01", new LocalDateTime(2024, 11, 26, 10, 0), "atlas", "int-ar-en-1") with { Locked = true },
        ],
        [new UnplacedRequest("R03", UnplacedReason.CrowdedOut, "The times it fits are taken by requests of higher priority: R01, R02.")]);

    /// <summary>An objective with a gap.</summary>
    public static ObjectiveReport Objective { get; } = new(7, 10, false);
}
