using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

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
        Guid eventId, InterpreterInput input, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        if (await db.Set<InterpreterEntity>().AnyAsync(i => i.EventId == eventId && i.ScenarioId == input.ScenarioId, ct))
        {
            return ValidationErrors.Single(nameof(input.ScenarioId), $"An interpreter with id '{input.ScenarioId}' already exists in this event.");
        }

        var position = await db.Set<InterpreterEntity>().Where(i => i.EventId == eventId).MaxAsync(i => (int?)i.Position, ct) ?? -1;
        var interpreter = new InterpreterEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = input.ScenarioId, Position = position + 1 };
        Apply(interpreter, input);
        db.Add(interpreter);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/events/{eventId}/interpreters/{interpreter.Id}", ToResponse(interpreter));
    }

    private static async Task<Results<Ok<InterpreterResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid interpreterId, InterpreterInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var interpreter = await db.Set<InterpreterEntity>().SingleOrDefaultAsync(i => i.EventId == eventId && i.Id == interpreterId, ct);
        if (interpreter is null)
        {
            return TypedResults.NotFound();
        }

        if (!string.Equals(interpreter.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return ValidationErrors.Single(nameof(input.ScenarioId), "The scenario id of an interpreter cannot change: meetings refer to it.");
        }

        db.ExpectVersion(interpreter, input.Version);
        Apply(interpreter, input);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(interpreter));
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

    private static void Apply(InterpreterEntity interpreter, InterpreterInput input)
    {
        interpreter.Name = input.Name;
        interpreter.LanguagePairs = input.LanguagePairs.Select(p => LanguagePair.Parse(p).ToString()).ToList();
        interpreter.Availability = (input.Availability ?? [])
            .Select(r => StoredInterval.Format(new Interval(EventTimes.ToInstant(r.Start), EventTimes.ToInstant(r.End)))).ToList();
    }

    private static InterpreterResponse ToResponse(InterpreterEntity i) => new(
        i.Id, i.ScenarioId, i.Name, i.LanguagePairs,
        i.Availability.Select(StoredInterval.Parse).Select(a => new TimeRange(EventTimes.Utc(a.Start), EventTimes.Utc(a.End))).ToList(),
        i.Version);
}
