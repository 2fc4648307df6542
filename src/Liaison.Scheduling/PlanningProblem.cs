using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// The scenario turned into integer data for the model: the timeline, each participant's free
/// minutes, the requests that could be held alone, and the reasons for those that cannot.
/// </summary>
internal sealed class PlanningProblem
{
    private readonly Dictionary<string, IReadOnlyList<MinuteSpan>> _freeTime = new(StringComparer.Ordinal);

    private PlanningProblem(Scenario scenario)
    {
        Scenario = scenario;
        Timeline = new Timeline(scenario.Event);
        foreach (var participant in scenario.Principals.Cast<Participant>().Concat(scenario.Delegations))
        {
            _freeTime[participant.Id] = Timeline.ToSpans(scenario.FreeTime(participant.Id));
        }
    }

    /// <summary>The scenario planned.</summary>
    public Scenario Scenario { get; }

    /// <summary>The integer time axis.</summary>
    public Timeline Timeline { get; }

    /// <summary>Requests that could be placed alone, in scenario order.</summary>
    public IReadOnlyList<PlannableRequest> Requests { get; private set; } = [];

    /// <summary>Requests that cannot be placed even alone, with the static reason.</summary>
    public IReadOnlyList<UnplacedRequest> Impossible { get; private set; } = [];

    /// <summary>Checks every request of <paramref name="scenario"/> on its own and keeps the data the model needs.</summary>
    public static PlanningProblem Build(Scenario scenario)
    {
        var problem = new PlanningProblem(scenario);
        var plannable = new List<PlannableRequest>();
        var impossible = new List<UnplacedRequest>();
        foreach (var request in scenario.Requests)
        {
            var check = new RequestCheck(problem, request);
            if (check.Plannable is { } ok)
            {
                plannable.Add(ok);
            }
            else
            {
                impossible.Add(check.Unplaced!);
            }
        }

        problem.Requests = plannable;
        problem.Impossible = impossible;
        return problem;
    }

    /// <summary>The free minutes (presence minus blocked times) of a principal or delegation.</summary>
    public IReadOnlyList<MinuteSpan> FreeTime(string participantId) => _freeTime[participantId];

    /// <summary>Whether <paramref name="participantId"/> is a principal, who keeps the protocol buffer between meetings.</summary>
    public bool IsPrincipal(string participantId) => Scenario.Participant(participantId) is Principal;

    /// <summary>The minutes common to the free time of all <paramref name="participantIds"/>.</summary>
    public IReadOnlyList<MinuteSpan> CommonFreeTime(IEnumerable<string> participantIds) =>
        participantIds.Select(FreeTime).Aggregate((a, b) => MinuteSpan.Intersect(a, b));
}
