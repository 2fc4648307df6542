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

    private static Task<Results<Ok<List<InterpreterResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.ListAsync<InterpreterEntity, InterpreterResponse>(db, user, eventId, ToResponse, ct);

    private static Task<Results<Ok<InterpreterResponse>, NotFound>> GetAsync(Guid eventId, Guid interpreterId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.GetAsync<InterpreterEntity, InterpreterResponse>(db, user, eventId, interpreterId, ToResponse, ct);

    private static Task<Results<Created<InterpreterResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, InterpreterInput input, LiaisonDbContext db, InterpreterChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.CreateAsync(db, user, eventId, "interpreters", input, changes, ToResponse, ct);

    private static Task<Results<Ok<InterpreterResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid interpreterId, InterpreterInput input, InterpreterChanges changes, CancellationToken ct) =>
        SetupEndpoints.UpdateAsync(eventId, interpreterId, input, changes, ToResponse, ct);

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid interpreterId, LiaisonDbContext db, CancellationToken ct) =>
        SetupEndpoints.DeleteAsync<InterpreterEntity>(db, eventId, interpreterId, "Interpreter in use", async interpreter =>
            (await db.Set<MeetingEntity>().Where(m => m.EventId == eventId).ToListAsync(ct))
                .Any(m => m.InterpreterIds.Contains(interpreter.ScenarioId, StringComparer.Ordinal))
                ? $"Interpreter '{interpreter.Name}' is assigned to meetings of the programme; re-plan first."
                : null, ct);

    private static InterpreterResponse ToResponse(InterpreterEntity i) => new(
        i.Id, i.ScenarioId, i.Name, i.LanguagePairs,
        i.Availability.Select(StoredInterval.Parse).Select(a => new TimeRange(EventTimes.Utc(a.Start), EventTimes.Utc(a.End))).ToList(),
        i.Version);
}
