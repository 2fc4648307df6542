using Google.OrTools.Sat;
using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>The CP-SAT variables of one request.</summary>
/// <param name="Free">The request and the starts it may use.</param>
/// <param name="Starts">The starts left after the meetings held outside the model: its start's domain.</param>
/// <param name="Placed">True when the request is in the programme.</param>
/// <param name="Start">Timeline minute of the start.</param>
/// <param name="Classes">One literal per room class it may use; exactly one is true when placed.</param>
/// <param name="Interpreters">One literal per eligible interpreter; exactly one is true when placed and interpretation is needed.</param>
/// <param name="Optional">Per optional attendee (participant index), a literal true when they attend.</param>
/// <param name="Stay">True when it keeps its incumbent start, room class and interpreter; <c>null</c> when staying is not rewarded.</param>
internal sealed record RequestVariables(
    FreeRequest Free,
    long[] Starts,
    BoolVar Placed,
    IntVar Start,
    IReadOnlyList<(RoomClass Class, BoolVar Literal)> Classes,
    IReadOnlyList<(Interpreter Interpreter, BoolVar Literal)> Interpreters,
    IReadOnlyList<(int Participant, BoolVar Literal)> Optional,
    BoolVar? Stay)
{
    /// <summary>The request.</summary>
    public PlannableRequest Plannable => Free.Plannable;

    /// <summary>Each participant's attendance: the presence literal for required ones, their own literal for optional ones.</summary>
    public IEnumerable<(int Participant, BoolVar Literal)> Attendance =>
        Plannable.Participants.Select(p => (p, Placed)).Concat(Optional);
}
