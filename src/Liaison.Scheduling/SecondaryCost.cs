using Google.OrTools.Sat;
using CpDomain = Google.OrTools.Util.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// The phase-2 cost of the monolithic model, in minutes: each principal's idle minutes per working
/// day (from the start of their first meeting to the end of their last, less the minutes in
/// meetings), plus <see cref="OutsidePreferredWindowMinutes"/> for each meeting held outside the
/// preferred windows its request names.
/// </summary>
internal static class SecondaryCost
{
    /// <summary>What a meeting outside its preferred windows costs, in idle-minute equivalents: an hour.</summary>
    public const long OutsidePreferredWindowMinutes = 60;

    /// <summary>Adds the variables and constraints of the cost to <paramref name="model"/> and returns it.</summary>
    public static LinearExpr Build(PlanningProblem problem, CpModel model, IReadOnlyList<RequestVariables> requests)
    {
        var cost = LinearExpr.NewBuilder();
        var days = requests.ToDictionary(r => r, r => DayLiterals(problem, model, r));
        foreach (var principal in problem.Scenario.Principals.Select(p => problem.ParticipantIndex(p.Id)))
        {
            for (var day = 0; day < problem.Timeline.Days.Count; day++)
            {
                AddIdleMinutes(problem.Timeline.Days[day], model, cost, requests
                    .SelectMany(r => r.Attendance.Where(a => a.Participant == principal).Select(a => (r, a.Literal)))
                    .SelectMany(a => days[a.r].Where(d => d.Day == day).Select(d => (a.r, ReferenceEquals(a.Literal, a.r.Placed) ? d.Literal : OnDay(model, a.Literal, d.Literal))))
                    .ToList());
            }
        }

        foreach (var request in requests.Where(r => r.Plannable.HasPreference && r.Plannable.PreferredStarts.Length > 0))
        {
            // Outside is free to be false only when the start lies in a preferred window.
            var outside = model.NewBoolVar($"outside[{request.Plannable.Request.Id}]");
            model.AddLinearExpressionInDomain(request.Start, CpDomain.FromValues(request.Plannable.PreferredStarts)).OnlyEnforceIf(outside.Not());
            cost.AddTerm(outside, OutsidePreferredWindowMinutes);
        }

        return cost;
    }

    /// <summary>A literal for "attends and the meeting is on that day"; the day literal itself for a required participant.</summary>
    private static BoolVar OnDay(CpModel model, BoolVar attends, BoolVar onDay)
    {
        var both = model.NewBoolVar("attends-on-day");
        model.AddBoolAnd([attends, onDay]).OnlyEnforceIf(both);
        model.AddBoolOr([attends.Not(), onDay.Not()]).OnlyEnforceIf(both.Not());
        return both;
    }

    /// <summary>Idle minutes of one principal on one day: span of the day's meetings less their length.</summary>
    private static void AddIdleMinutes(MinuteSpan day, CpModel model, LinearExprBuilder cost,
        List<(RequestVariables Request, BoolVar OnDay)> meetings)
    {
        if (meetings.Count < 2)
        {
            return;
        }

        var first = model.NewIntVar(day.Start, day.End, "first");
        var last = model.NewIntVar(day.Start, day.End, "last");
        model.Add(first <= last);
        foreach (var (request, onDay) in meetings)
        {
            model.Add(first <= request.Start).OnlyEnforceIf(onDay);
            model.Add(last >= request.Start + request.Plannable.Duration).OnlyEnforceIf(onDay);
            cost.AddTerm(onDay, -request.Plannable.Duration);
        }

        cost.Add(last).AddTerm(first, -1);
    }

    /// <summary>
    /// Per working day holding starts of the request, a literal true when the meeting is placed that day
    /// (exactly one when placed), tying the start to that day.
    /// </summary>
    private static List<(int Day, BoolVar Literal)> DayLiterals(PlanningProblem problem, CpModel model, RequestVariables request)
    {
        var byDay = request.Starts.GroupBy(problem.Timeline.DayOf).ToList();
        if (byDay.Count == 1)
        {
            return [(byDay[0].Key, request.Placed)];
        }

        var days = byDay.Select(g => (g.Key, model.NewBoolVar($"day[{request.Plannable.Request.Id},{g.Key}]"))).ToList();
        model.Add(LinearExpr.Sum(days.Select(d => d.Item2)) == request.Placed);
        foreach (var (group, (_, literal)) in byDay.Zip(days))
        {
            model.AddLinearExpressionInDomain(request.Start, CpDomain.FromValues([.. group])).OnlyEnforceIf(literal);
        }

        return days;
    }
}
