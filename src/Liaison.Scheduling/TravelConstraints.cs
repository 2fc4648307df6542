using Google.OrTools.Sat;

namespace Liaison.Scheduling;

/// <summary>
/// Travel time between a participant's meetings in different venues, for the requests of one model:
/// for each pair of requests a participant may both attend and each pair of venues they may be held
/// in with a positive travel time, one order literal chooses which comes first, and the second then
/// starts at least the travel time (plus the protocol buffer for a principal) after the first ends.
/// Travel to and from meetings held outside the model is already cut from each room class's starts.
/// </summary>
/// <remarks>Quadratic in each participant's requests; used only when the scenario has several venues.</remarks>
internal static class TravelConstraints
{
    /// <summary>Adds the constraints to <paramref name="model"/>.</summary>
    public static void Add(CpModel model, PlanningProblem problem, IReadOnlyList<RequestVariables> requests)
    {
        var venueLiterals = new Dictionary<(RequestVariables, string?), ILiteral>();
        ILiteral Venue(RequestVariables r, string? venue)
        {
            if (!venueLiterals.TryGetValue((r, venue), out var literal))
            {
                var inVenue = model.NewBoolVar($"venue[{r.Plannable.Request.Id},{venue}]");
                model.Add(LinearExpr.Sum(r.Classes.Where(c => c.Class.VenueId == venue).Select(c => c.Literal)) == inVenue);
                venueLiterals[(r, venue)] = literal = inVenue;
            }

            return literal;
        }

        var byParticipant = requests
            .SelectMany(r => r.Attendance.Select(a => (a.Participant, Request: r, a.Literal)))
            .GroupBy(a => a.Participant);
        foreach (var group in byParticipant)
        {
            var attendances = group.ToList();
            var buffer = problem.Buffers[group.Key];
            for (var i = 0; i < attendances.Count; i++)
            {
                for (var j = i + 1; j < attendances.Count; j++)
                {
                    var (a, b) = (attendances[i], attendances[j]);
                    BoolVar? aFirst = null;
                    foreach (var ca in a.Request.Classes.Select(c => c.Class).DistinctBy(c => c.VenueId))
                    {
                        foreach (var cb in b.Request.Classes.Select(c => c.Class).DistinctBy(c => c.VenueId))
                        {
                            var travel = problem.Scenario.TravelMinutes(ca.Sample, cb.Sample);
                            if (travel == 0)
                            {
                                continue;
                            }

                            aFirst ??= model.NewBoolVar($"first[{a.Request.Plannable.Request.Id},{b.Request.Plannable.Request.Id}]");
                            ILiteral[] both = [a.Literal, b.Literal, Venue(a.Request, ca.VenueId), Venue(b.Request, cb.VenueId)];
                            model.Add(b.Request.Start >= a.Request.Start + (a.Request.Plannable.Duration + buffer + travel)).OnlyEnforceIf([.. both, aFirst]);
                            model.Add(a.Request.Start >= b.Request.Start + (b.Request.Plannable.Duration + buffer + travel)).OnlyEnforceIf([.. both, aFirst.Not()]);
                        }
                    }
                }
            }
        }
    }
}
