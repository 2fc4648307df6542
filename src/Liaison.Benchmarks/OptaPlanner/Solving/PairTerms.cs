using Google.OrTools.Sat;

namespace Liaison.Benchmarks.OptaPlanner.Solving;

/// <summary>
/// The medium and soft terms between two free meetings: their overlap (medium for shared persons, soft for any
/// pair), the one-grain break when one starts right where the other ends, and room stability when one follows the
/// other within 2 grains in another room. Each term is a variable that the minimisation drives down to the true
/// penalty, with constraints forcing it up whenever the penalty is due. Every variable is hinted with its value at
/// the meetings' current places, so CP-SAT starts from a complete solution and never returns a worse one.
/// </summary>
internal sealed class PairTerms(CpModel model, CostModel costs, LinearExprBuilder medium, LinearExprBuilder soft)
{
    private ConstraintWeights Weights => costs.Problem.Weights;

    /// <summary>Adds the terms; <paramref name="softRange"/> grows by the largest soft penalty they can add.</summary>
    public void Add(FreeMeeting a, FreeMeeting b, ref long softRange)
    {
        softRange += AddOverlap(a, b);
        softRange += AddBreak(a, b) + AddBreak(b, a);
        var stability = costs.StabilityPenalty(a.Meeting, b.Meeting);
        if (stability > 0)
        {
            var sameRoom = SameRoom(a, b);
            softRange += AddStability(a, b, sameRoom, stability) + AddStability(b, a, sameRoom, stability);
        }
    }

    // overlap >= min(endA - startB, endB - startA, durationA, durationB) and >= 0.
    private long AddOverlap(FreeMeeting a, FreeMeeting b)
    {
        var perGrainMedium = costs.MediumPerGrain(a.Meeting, b.Meeting);
        var perGrainSoft = Weights.OverlappingMeetings;
        if ((perGrainMedium == 0 && perGrainSoft == 0) || !b.CanStartWithin(a.EarliestStart - b.Duration + 1, a.LatestStart + a.Duration - 1))
        {
            return 0;
        }

        var longest = Math.Min(a.Duration, b.Duration);
        var bound = model.NewIntVar(-costs.Problem.Grains.Count - longest, longest, string.Empty);
        model.AddMinEquality(bound, [a.Start + a.Duration - b.Start, b.Start + b.Duration - a.Start, LinearExpr.Constant(longest)]);
        var overlap = model.NewIntVar(0, longest, string.Empty);
        model.Add(overlap >= bound);
        var boundNow = Math.Min(longest, Math.Min(a.Now.Grain + a.Duration - b.Now.Grain, b.Now.Grain + b.Duration - a.Now.Grain));
        model.AddHint(bound, boundNow);
        model.AddHint(overlap, Math.Max(0, boundNow));
        medium.AddTerm(overlap, perGrainMedium);
        soft.AddTerm(overlap, perGrainSoft);
        return (long)longest * perGrainSoft;
    }

    // first ends at grain e and second starts at e: a penalty unless the literal proves they do not touch.
    private long AddBreak(FreeMeeting first, FreeMeeting second)
    {
        if (Weights.OneTimeGrainBreak == 0 || !second.CanStartWithin(first.EarliestStart + first.Duration, first.LatestStart + first.Duration))
        {
            return 0;
        }

        var touching = model.NewBoolVar(string.Empty);
        model.Add(second.Start != first.Start + first.Duration).OnlyEnforceIf(touching.Not());
        model.AddHint(touching, second.Now.Grain == first.Now.Grain + first.Duration);
        soft.AddTerm(touching, Weights.OneTimeGrainBreak);
        return Weights.OneTimeGrainBreak;
    }

    private LinearExprBuilder SameRoom(FreeMeeting a, FreeMeeting b)
    {
        var shared = LinearExpr.NewBuilder();
        foreach (var room in a.InRoom.Keys.Where(b.InRoom.ContainsKey))
        {
            var both = model.NewBoolVar(string.Empty);
            model.AddImplication(both, a.InRoom[room]);
            model.AddImplication(both, b.InRoom[room]);
            model.AddHint(both, a.Now.Room == room && b.Now.Room == room);
            shared.Add(both);
        }

        return shared;
    }

    // "first before second, second starting at most 2 grains after first ends, in another room": near and not same room.
    private long AddStability(FreeMeeting first, FreeMeeting second, LinearExpr sameRoom, int penalty)
    {
        if (!second.CanStartWithin(first.EarliestStart + 1, first.LatestStart + first.Duration + 2))
        {
            return 0;
        }

        var near = model.NewBoolVar(string.Empty);
        var notAfter = model.NewBoolVar(string.Empty);
        var farAfter = model.NewBoolVar(string.Empty);
        model.Add(second.Start <= first.Start).OnlyEnforceIf(notAfter);
        model.Add(second.Start >= first.Start + first.Duration + 3).OnlyEnforceIf(farAfter);
        model.AddBoolOr([near, notAfter, farAfter]);
        var penalised = model.NewBoolVar(string.Empty);
        model.Add(penalised + sameRoom >= near);
        var nearNow = CostModel.Follows(first.Now.Grain, first.Duration, second.Now.Grain);
        model.AddHint(near, nearNow);
        model.AddHint(notAfter, second.Now.Grain <= first.Now.Grain);
        model.AddHint(farAfter, second.Now.Grain >= first.Now.Grain + first.Duration + 3);
        model.AddHint(penalised, nearNow && first.Now.Room != second.Now.Room);
        soft.AddTerm(penalised, penalty);
        return penalty;
    }
}
