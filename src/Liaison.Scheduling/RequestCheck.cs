using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Scheduling;

/// <summary>
/// Checks one request on its own, before any other request is placed, in this order: the
/// participants' common free time, a suitable room, an interpreter. The first check that fails
/// gives the static reason; a request passing all three becomes a <see cref="PlannableRequest"/>.
/// </summary>
internal sealed class RequestCheck
{
    /// <summary>Runs the checks.</summary>
    public RequestCheck(PlanningProblem problem, MeetingRequest request)
    {
        var scenario = problem.Scenario;
        var timeline = problem.Timeline;
        var ids = request.ParticipantIds.ToList();
        var starts = timeline.AlignedStarts(problem.CommonFreeTime(ids), request.DurationMinutes);
        if (starts.Count == 0)
        {
            Unplaced = Fail(request, UnplacedReason.NoCommonFreeTime, ReasonText.NoCommonFreeTime(problem, request));
            return;
        }

        var rooms = scenario.Rooms
            .Where(r => r.Capacity >= request.ExpectedAttendees && (!request.NeedsSigningRoom || r.SuitableForSigning))
            .ToList();
        if (rooms.Count == 0)
        {
            Unplaced = Fail(request, UnplacedReason.NoSuitableRoom, ReasonText.NoSuitableRoom(scenario, request));
            return;
        }

        var need = Interpretation.For(request, scenario.ParticipantsOf(request));
        var interpreters = new List<InterpreterOption>();
        if (need.IsNeeded)
        {
            interpreters = InterpreterOptions(problem, request, need, starts);
            if (interpreters.Count == 0)
            {
                Unplaced = Fail(request, UnplacedReason.NoInterpreter, ReasonText.NoInterpreter(problem, request, need));
                return;
            }

            starts = interpreters.SelectMany(o => o.Starts).Distinct().Order().ToList();
        }

        var windows = timeline.ToSpans(request.PreferredWindows);
        var preferred = starts.Where(s => windows.Any(w => w.Holds(s, request.DurationMinutes))).ToArray();
        Plannable = new PlannableRequest(request, ids, [.. starts], rooms, interpreters, preferred);
    }

    /// <summary>The request as model data, when every check passed.</summary>
    public PlannableRequest? Plannable { get; }

    /// <summary>The reason, when a check failed.</summary>
    public UnplacedRequest? Unplaced { get; }

    private static UnplacedRequest Fail(MeetingRequest request, UnplacedReason reason, string detail) =>
        new(request.Id, reason, detail);

    /// <summary>Interpreters covering an acceptable pair, each with the common free starts at which they are available throughout.</summary>
    private static List<InterpreterOption> InterpreterOptions(PlanningProblem problem, MeetingRequest request,
        InterpretationNeed need, List<long> starts)
    {
        var options = new List<InterpreterOption>();
        foreach (var interpreter in problem.Scenario.Interpreters.Where(i => i.CoversAny(need.AcceptablePairs)))
        {
            var available = starts
                .Where(s => interpreter.IsAvailable(problem.Timeline.ToInterval(s, request.DurationMinutes)))
                .ToArray();
            if (available.Length > 0)
            {
                options.Add(new InterpreterOption(interpreter, available));
            }
        }

        return options;
    }
}
