using Google.OrTools.Sat;
using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>The CP-SAT variables of one request.</summary>
/// <param name="Plannable">The request.</param>
/// <param name="Placed">True when the request is in the programme.</param>
/// <param name="Start">Timeline minute of the start; its domain is the request's feasible starts.</param>
/// <param name="Rooms">One literal per suitable room; exactly one is true when placed.</param>
/// <param name="Interpreters">One literal per eligible interpreter; exactly one is true when placed and interpretation is needed.</param>
/// <param name="Days">Per working day holding feasible starts, a literal true when the meeting is placed on that day.</param>
internal sealed record RequestVariables(
    PlannableRequest Plannable,
    BoolVar Placed,
    IntVar Start,
    IReadOnlyList<(Room Room, BoolVar Literal)> Rooms,
    IReadOnlyList<(Interpreter Interpreter, BoolVar Literal)> Interpreters,
    IReadOnlyList<(int Day, BoolVar Literal)> Days);
