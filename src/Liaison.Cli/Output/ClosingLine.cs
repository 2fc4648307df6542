using System.Globalization;
using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Cli.Output;

/// <summary>The last line of <c>liaison plan</c>: how many requests were placed and how good the result is proven to be.</summary>
internal static class ClosingLine
{
    /// <summary>
    /// <c>placed N of M requests (optimal)</c> when the solver proved optimality, otherwise
    /// <c>placed N of M requests (gap X.X%)</c> with the relative gap between the placed weight and the proven bound.
    /// </summary>
    /// <param name="scenario">The scenario planned; M is its number of requests.</param>
    /// <param name="programme">The programme; N is its number of meetings.</param>
    /// <param name="objective">The planner's objective report.</param>
    public static string Format(Scenario scenario, Programme programme, ObjectiveReport objective)
    {
        var quality = objective.IsOptimal
            ? "optimal"
            : string.Create(CultureInfo.InvariantCulture, $"gap {objective.Gap * 100:0.0}%");
        return string.Create(CultureInfo.InvariantCulture,
            $"placed {programme.Meetings.Count} of {scenario.Requests.Count} requests ({quality})");
    }
}
