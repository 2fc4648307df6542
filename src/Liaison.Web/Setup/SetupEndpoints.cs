using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Setup;

/// <summary>
/// The bodies of the list, get, create, update and delete endpoints that rooms, interpreters and
/// principals share (delegations share the delete). Each API keeps its own handlers (their parameter names make the routes and the
/// OpenAPI document) and its own authorization policy at the mapping; the handlers call these.
/// </summary>
/// <remarks>Stateless; each call uses only the scoped context it is given.</remarks>
internal static class SetupEndpoints
{
    /// <summary>200 with the event's rows in their list order, or 404 when the user may not see the event.</summary>
    public static async Task<Results<Ok<List<TResponse>>, NotFound>> ListAsync<TEntity, TResponse>(
        LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, Func<TEntity, TResponse> toResponse, CancellationToken ct)
        where TEntity : class, IEventListItem
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Set<TEntity>().Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(toResponse).ToList());
    }

    /// <summary>200 with one row, or 404 when the user may not see the event or the event has no such row.</summary>
    public static async Task<Results<Ok<TResponse>, NotFound>> GetAsync<TEntity, TResponse>(
        LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, Guid id, Func<TEntity, TResponse> toResponse, CancellationToken ct)
        where TEntity : class, IEventListItem
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var row = await FindAsync<TEntity>(db, eventId, id, ct);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(toResponse(row));
    }

    /// <summary>
    /// 201 with the added row at <c>/api/events/{eventId}/{collection}/{id}</c>, 404 when the user may not
    /// see the event, or 400 naming the field a database rule refused.
    /// </summary>
    public static async Task<Results<Created<TResponse>, NotFound, ValidationProblem>> CreateAsync<TEntity, TInput, TResponse>(
        LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, string collection, TInput input, ISetupChanges<TEntity, TInput> changes,
        Func<TEntity, TResponse> toResponse, CancellationToken ct)
        where TEntity : class, IEventListItem
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await changes.CreateAsync(eventId, input, ct);
        return outcome.Saved is { } row
            ? TypedResults.Created($"/api/events/{eventId}/{collection}/{row.Id}", toResponse(row))
            : ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message);
    }

    /// <summary>200 with the edited row, 404 when the event has no such row, or 400 naming the field a database rule refused.</summary>
    /// <exception cref="ConcurrencyConflictException">The row changed since the input's version (the error handler answers 409).</exception>
    public static async Task<Results<Ok<TResponse>, NotFound, ValidationProblem>> UpdateAsync<TEntity, TInput, TResponse>(
        Guid eventId, Guid id, TInput input, ISetupChanges<TEntity, TInput> changes, Func<TEntity, TResponse> toResponse, CancellationToken ct)
        where TEntity : class
    {
        var outcome = await changes.UpdateAsync(eventId, id, input, ct);
        return outcome switch
        {
            { Saved: { } row } => TypedResults.Ok(toResponse(row)),
            { Problem.Rule: SetupRule.NotFound } => TypedResults.NotFound(),
            _ => ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message),
        };
    }

    /// <summary>
    /// 204 once the row is removed, 404 when the event has no such row, or 409 <paramref name="conflictTitle"/>
    /// with the detail <paramref name="inUse"/> gives when something still refers to the row (nothing is removed then).
    /// </summary>
    /// <param name="db">The context.</param>
    /// <param name="eventId">The event.</param>
    /// <param name="id">The row.</param>
    /// <param name="conflictTitle">The 409's title, e.g. "Room in use".</param>
    /// <param name="inUse">What still refers to the row, as the 409's detail; <c>null</c> when nothing does.</param>
    /// <param name="ct">Cancels the reads and the save.</param>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync<TEntity>(
        LiaisonDbContext db, Guid eventId, Guid id, string conflictTitle, Func<TEntity, Task<string?>> inUse, CancellationToken ct)
        where TEntity : class, IEventListItem
    {
        var row = await FindAsync<TEntity>(db, eventId, id, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (await inUse(row) is { } detail)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflictTitle, detail: detail);
        }

        db.Remove(row);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<TEntity?> FindAsync<TEntity>(LiaisonDbContext db, Guid eventId, Guid id, CancellationToken ct)
        where TEntity : class, IEventListItem =>
        db.Set<TEntity>().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == id, ct);
}
