using Liaison.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Liaison.Web.Setup;

/// <summary>The API's answer to a refused set-up change (other than <see cref="SetupRule.NotFound"/>, which is a plain 404).</summary>
internal static class SetupAnswers
{
    /// <summary>
    /// 409 "Meetings in the way" with <c>meetings</c> (id, request, UTC and event-local times) for
    /// <see cref="SetupRule.MeetingsInTheWay"/>; 409 naming the rule for <see cref="SetupRule.LastDay"/>;
    /// otherwise a 400 validation problem keyed by the field at fault.
    /// </summary>
    /// <param name="problem">Why the change was refused.</param>
    /// <param name="zone">The event's zone, for the meetings' local times.</param>
    public static ProblemHttpResult Refusal(SetupProblem problem, DateTimeZone zone) => problem.Rule switch
    {
        SetupRule.MeetingsInTheWay => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Meetings in the way", detail: problem.Message,
            extensions: new Dictionary<string, object?>
            {
                ["meetings"] = problem.Meetings.Select(m => new
                {
                    meetingId = m.MeetingId, requestId = m.RequestId, participants = m.ParticipantIds, locked = m.Locked,
                    start = EventTimes.Utc(m.Start), end = EventTimes.Utc(m.End),
                    startLocal = EventTimes.Local(m.Start, zone), endLocal = EventTimes.Local(m.End, zone),
                }).ToList(),
            }),
        SetupRule.LastDay => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Last working day", detail: problem.Message),
        _ => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [problem.Field] = [problem.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
        }),
    };
}
