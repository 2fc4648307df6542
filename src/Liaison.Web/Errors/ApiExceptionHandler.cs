using Liaison.Data;
using Liaison.Data.Programmes;
using Liaison.Data.Requests;
using Liaison.Domain.Agreements;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Errors;

/// <summary>
/// Turns the data layer's refusals into ProblemDetails: a stale save (optimistic concurrency), an
/// overlapping booking, an illegal status change (of a request or an agreement) and a move of a locked meeting all answer 409
/// Conflict, saying what changed, what clashes or what the rule is. Any other
/// exception is left to the default handler (500 ProblemDetails without internals).
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            ConcurrencyConflictException conflict => Conflict(conflict),
            DoubleBookingException clash => DoubleBooking(clash),
            IllegalStatusTransitionException illegal => Refused("Status change not allowed", illegal.Message),
            AgreementTransitionException move => AgreementMove(move),
            MeetingLockedException locked => Refused("Meeting locked", locked.Message),
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails Refused(string title, string detail) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Detail = detail,
    };

    private static ProblemDetails Conflict(ConcurrencyConflictException conflict)
    {
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = conflict.Deleted ? "Deleted by someone else" : "Changed by someone else",
            Detail = conflict.Message,
        };
        details.Extensions["entityType"] = conflict.EntityType;
        details.Extensions["entityId"] = conflict.EntityId;
        details.Extensions["currentVersion"] = conflict.CurrentVersion;
        details.Extensions["changes"] = conflict.Changes
            .Select(c => new { property = c.Property, yours = c.Yours?.ToString(), current = c.Current?.ToString() })
            .ToList();
        return details;
    }

    private static ProblemDetails AgreementMove(AgreementTransitionException move)
    {
        var details = Refused("Agreement status change not allowed", move.Message);
        details.Extensions["from"] = move.From.ToString();
        details.Extensions["to"] = move.To.ToString();
        details.Extensions["allowed"] = move.Allowed.Select(s => s.ToString()).ToList();
        return details;
    }

    private static ProblemDetails DoubleBooking(DoubleBookingException clash)
    {
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Double booking",
            Detail = clash.Message,
        };
        details.Extensions["resource"] = clash.Resource;
        details.Extensions["clashingMeetingId"] = clash.ClashingMeetingId;
        details.Extensions["clashingRequestId"] = clash.ClashingRequestId;
        return details;
    }
}
