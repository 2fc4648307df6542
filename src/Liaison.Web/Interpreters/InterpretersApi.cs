using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Interpreters;

/// <summary>Interpreters under <c>/api/events/{eventId}/interpreters</c>. Protocol officers edit; readers list.</summary>
internal static class InterpretersApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapInterpretersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/interpreters").WithTags("Interpreters");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("The event's interpreters.");
        group.MapGet("/{interpreterId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("One interpreter.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Adds an interpreter.");
        group.MapPut("/{interpreterId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Edits an interpreter.");
        group.MapDelete("/{interpreterId:guid}", DeleteAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Removes an interpreter assigned to no meeting.");
        return group;
    }

    private static async Task<Results<Ok<List<InterpreterResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var interpreters = await db.Set<InterpreterEntity>().Where(i => i.EventId == eventId).OrderBy(i => i.Position).ToListAsync(ct);
        return TypedResults.Ok(interpreters.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<InterpreterResponse>, NotFound>> GetAsync(Guid eventId, Guid interpreterId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var interpreter = await db.Set<InterpreterEntity>().SingleOrDefaultAsync(i => i.EventId == eventId && i.Id == interpreterId, ct);
        return interpreter is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(interpreter));
    }

    private static async Task<Results<Created<InterpreterResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, InterpreterInput input, LiaisonDbContext db, InterpreterChanges changes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await changes.CreateAsync(eventId, input, ct);
        return outcome.Saved is { } interpreter
            ? TypedResults.Created($"/api/events/{eventId}/interpreters/{interpreter.Id}", ToResponse(interpreter))
            : ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message);
    }

    private static async Task<Results<Ok<InterpreterResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid interpreterId, InterpreterInput input, InterpreterChanges changes, CancellationToken ct)
    {
        var outcome = await changes.UpdateAsync(eventId, interpreterId, input, ct);
        return outcome switch
        {
            { Saved: { } interpreter } => TypedResults.Ok(ToResponse(interpreter)),
            { Problem.Rule: SetupRule.NotFound } => TypedResults.NotFound(),
            _ => ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message),
        };
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid interpreterId, LiaisonDbContext db, CancellationToken ct)
    {
        var interpreter = await db.Set<InterpreterEntity>().SingleOrDefaultAsync(i => i.EventId == eventId && i.Id == interpreterId, ct);
        if (interpreter is null)
        {
            return TypedResults.NotFound();
        }

        var meetings = await db.Set<MeetingEntity>().Where(m => m.EventId == eventId).ToListAsync(ct);
        if (meetings.Any(m => m.InterpreterIds.Contains(interpreter.ScenarioId, StringComparer.Ordinal)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Interpreter in use",
                detail: $"Interpreter '{interpreter.Name}' is assigned to meetings of the programme; re-plan first.");
        }

        db.Remove(interpreter);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static InterpreterResponse ToResponse(InterpreterEntity i) => new(
        i.Id, i.ScenarioId, i.Name, i.LanguagePairs,
        i.Availability.Select(StoredInterval.Parse).Select(a => new TimeRange(EventTimes.Utc(a.Start), EventTimes.Utc(a.End))).ToList(),
        i.Version);
}
