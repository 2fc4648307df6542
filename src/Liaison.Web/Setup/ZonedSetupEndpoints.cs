using System.Security.Claims;
using Liaison.Data;
using Liaison.Web.Events;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Liaison.Web.Setup;

/// <summary>
/// The bodies of the create and update endpoints of set-up rows whose answers carry times in the event's
/// zone (working days, blocked times): the event is found first (404 when the user may not see it), the
/// change is made, and a refusal is answered by <see cref="SetupAnswers.Refusal"/> in that zone. Each API
/// keeps its own handlers and its own authorization policy at the mapping; the handlers call these.
/// </summary>
/// <remarks>Stateless; each call uses only the scoped context and change it is given.</remarks>
internal static class ZonedSetupEndpoints
{
    /// <summary>201 with the added row at <paramref name="location"/>, 404 when the user may not see the event, or the refusal.</summary>
    /// <param name="db">The context.</param>
    /// <param name="user">The caller, whose view of the event decides the 404.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="create">Makes the change; called only once the event is found.</param>
    /// <param name="location">The added row's URL, e.g. <c>/api/events/{eventId}/days/{id}</c>.</param>
    /// <param name="toResponse">The row as answered, with its times in the given zone.</param>
    /// <param name="ct">Cancels the read.</param>
    public static async Task<Results<Created<TResponse>, NotFound, ProblemHttpResult>> CreateAsync<TEntity, TResponse>(
        LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, Func<Task<SetupOutcome<TEntity>>> create,
        Func<TEntity, string> location, Func<TEntity, DateTimeZone, TResponse> toResponse, CancellationToken ct)
        where TEntity : class
    {
        if (await db.FindEventAsync(user, eventId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var outcome = await create();
        return outcome.Saved is { } row
            ? TypedResults.Created(location(row), toResponse(row, found.Zone()))
            : SetupAnswers.Refusal(outcome.Problem!, found.Zone());
    }

    /// <summary>200 with the edited row, 404 when the user may not see the event or it has no such row, or the refusal.</summary>
    /// <param name="db">The context.</param>
    /// <param name="user">The caller, whose view of the event decides the 404.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="update">Makes the change; called only once the event is found.</param>
    /// <param name="toResponse">The row as answered, with its times in the given zone.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <exception cref="ConcurrencyConflictException">The row changed since the input's version (the error handler answers 409).</exception>
    public static async Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> UpdateAsync<TEntity, TResponse>(
        LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, Func<Task<SetupOutcome<TEntity>>> update,
        Func<TEntity, DateTimeZone, TResponse> toResponse, CancellationToken ct)
        where TEntity : class
    {
        if (await db.FindEventAsync(user, eventId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var outcome = await update();
        return outcome switch
        {
            { Saved: { } row } => TypedResults.Ok(toResponse(row, found.Zone())),
            { Problem.Rule: SetupRule.NotFound } => TypedResults.NotFound(),
            _ => SetupAnswers.Refusal(outcome.Problem!, found.Zone()),
        };
    }
}
