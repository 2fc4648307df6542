using Liaison.Domain;
using Liaison.Domain.Programmes;
using NodaTime;

namespace Liaison.Scheduling.Tests;

/// <summary>Runs the planner as the tests need it and checks what every result must satisfy.</summary>
internal static class Planning
{
    /// <summary>Plans with one worker and a fixed seed; checks the result with the independent validator.</summary>
    public static PlanResult Plan(Scenario scenario, double seconds = 20, IProgress<PlannerProgress>? progress = null,
        PlanningStrategy strategy = PlanningStrategy.Auto, CancellationToken cancellationToken = default)
    {
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Workers = 1, RandomSeed = 7, Strategy = strategy };
        var result = new Planner(TimeProvider.System).Plan(scenario, options, progress, cancellationToken);
        var violations = ProgrammeValidator.Check(scenario, result.Programme);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Select(v => $"{v.Kind}: {v.Message}")));
        Assert.Equal(result.Programme.Meetings.Sum(m => (long)scenario.Request(m.RequestId).Priority), result.Objective.Value);
        Assert.True(result.Objective.Value <= result.Objective.Bound, $"value {result.Objective.Value} > bound {result.Objective.Bound}");
        return result;
    }

    public static ScheduledMeeting Meeting(this PlanResult result, string requestId) =>
        Assert.Single(result.Programme.Meetings, m => m.RequestId == requestId);

    public static UnplacedRequest Unplaced(this PlanResult result, string requestId) =>
        Assert.Single(result.Programme.Unplaced, u => u.RequestId == requestId);

    /// <summary>The event-local wall-clock start of a meeting, e.g. "09:25".</summary>
    public static string LocalStart(this ScheduledMeeting meeting, Scenario scenario) =>
        scenario.Event.ToLocal(meeting.Time.Start).TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The index of the working day a meeting is on.</summary>
    public static int Day(this ScheduledMeeting meeting, Scenario scenario) =>
        scenario.Event.WorkingIntervals.ToList().FindIndex(d => d.Contains(meeting.Time.Start));

    public static Duration Gap(ScheduledMeeting earlier, ScheduledMeeting later) => later.Time.Start - earlier.Time.End;

    /// <summary>The programme less the meetings and unplaced entries of requests <paramref name="changed"/> no longer has.</summary>
    public static Programme WithoutCancelled(this Programme programme, Scenario changed) => new(
        programme.Meetings.Where(m => changed.Requests.Any(r => r.Id == m.RequestId)).ToList(),
        programme.Unplaced.Where(u => changed.Requests.Any(r => r.Id == u.RequestId)).ToList());

    /// <summary>The meeting of a request in a re-planning result.</summary>
    public static ScheduledMeeting Meeting(this ReplanResult result, string requestId) => result.Plan.Meeting(requestId);
}
