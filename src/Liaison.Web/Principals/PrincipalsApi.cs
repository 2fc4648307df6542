using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
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

    private static Task<Results<Ok<List<PrincipalResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.ListAsync<PrincipalEntity, PrincipalResponse>(db, user, eventId, ToResponse, ct);

    private static Task<Results<Ok<PrincipalResponse>, NotFound>> GetAsync(Guid eventId, Guid principalId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.GetAsync<PrincipalEntity, PrincipalResponse>(db, user, eventId, principalId, ToResponse, ct);

    private static Task<Results<Created<PrincipalResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, PrincipalInput input, LiaisonDbContext db, PrincipalChanges changes, ClaimsPrincipal user, CancellationToken ct) =>
        SetupEndpoints.CreateAsync(db, user, eventId, "principals", input, changes, ToResponse, ct);

    private static Task<Results<Ok<PrincipalResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid principalId, PrincipalInput input, PrincipalChanges changes, CancellationToken ct) =>
        SetupEndpoints.UpdateAsync(eventId, principalId, input, changes, ToResponse, ct);

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid eventId, Guid principalId, LiaisonDbContext db, CancellationToken ct) =>
        SetupEndpoints.DeleteAsync<PrincipalEntity>(db, eventId, principalId, "Principal in use", async principal =>
            (await db.Set<MeetingRequestEntity>().Where(r => r.EventId == eventId).ToListAsync(ct))
                .Any(r => r.InviteeIds.Contains(principal.ScenarioId, StringComparer.Ordinal))
                ? $"Meeting requests invite principal '{principal.ScenarioId}'; remove or edit them first."
                : null, ct);

    private static PrincipalResponse ToResponse(PrincipalEntity p) => new(p.Id, p.ScenarioId, p.Title, p.Languages, p.Version);
}
