using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Principals;

/// <summary>The host's principals under <c>/api/events/{eventId}/principals</c>. Protocol officers edit; readers list.</summary>
internal static class PrincipalsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapPrincipalsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/principals").WithTags("Principals");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("The event's principals.");
        group.MapGet("/{principalId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("One principal.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Adds a principal.");
        group.MapPut("/{principalId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Edits a principal.");
        group.MapDelete("/{principalId:guid}", DeleteAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Removes a principal whom no request invites.");
        return group;
    }

    private static async Task<Results<Ok<List<PrincipalResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var principals = await db.Set<PrincipalEntity>().Where(p => p.EventId == eventId).OrderBy(p => p.Position).ToListAsync(ct);
        return TypedResults.Ok(principals.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<PrincipalResponse>, NotFound>> GetAsync(Guid eventId, Guid principalId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var principal = await db.Set<PrincipalEntity>().SingleOrDefaultAsync(p => p.EventId == eventId && p.Id == principalId, ct);
        return principal is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(principal));
    }

    private static async Task<Results<Created<PrincipalResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, PrincipalInput input, LiaisonDbContext db, PrincipalChanges changes, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await changes.CreateAsync(eventId, input, ct);
        return outcome.Saved is { } principal
            ? TypedResults.Created($"/api/events/{eventId}/principals/{principal.Id}", ToResponse(principal))
            : ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message);
    }

    private static async Task<Results<Ok<PrincipalResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid principalId, PrincipalInput input, PrincipalChanges changes, CancellationToken ct)
    {
        var outcome = await changes.UpdateAsync(eventId, principalId, input, ct);
        return outcome switch
        {
            { Saved: { } principal } => TypedResults.Ok(ToResponse(principal)),
            { Problem.Rule: SetupRule.NotFound } => TypedResults.NotFound(),
            _ => ValidationErrors.Single(outcome.Problem!.Field, outcome.Problem.Message),
        };
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid principalId, LiaisonDbContext db, CancellationToken ct)
    {
        var principal = await db.Set<PrincipalEntity>().SingleOrDefaultAsync(p => p.EventId == eventId && p.Id == principalId, ct);
        if (principal is null)
        {
            return TypedResults.NotFound();
        }

        var requests = await db.Set<MeetingRequestEntity>().Where(r => r.EventId == eventId).ToListAsync(ct);
        if (requests.Any(r => r.InviteeIds.Contains(principal.ScenarioId, StringComparer.Ordinal)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Principal in use",
                detail: $"Meeting requests invite principal '{principal.ScenarioId}'; remove or edit them first.");
        }

        db.Remove(principal);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static PrincipalResponse ToResponse(PrincipalEntity p) => new(p.Id, p.ScenarioId, p.Title, p.Languages, p.Version);
}
