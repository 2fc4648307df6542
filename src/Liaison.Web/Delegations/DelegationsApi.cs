using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Delegations;

/// <summary>
/// Delegations under <c>/api/events/{eventId}/delegations</c>. Protocol officers edit; readers list.
/// A liaison officer sees only its own delegation; any other id answers 404.
/// </summary>
internal static class DelegationsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapDelegationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/delegations").WithTags("Delegations");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("The event's delegations.");
        group.MapGet("/{delegationId:guid}", GetAsync).RequireAuthorization(Policies.ProgrammeReader).WithSummary("One delegation.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Registers a delegation.");
        group.MapPut("/{delegationId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("Edits a delegation.");
        group.MapDelete("/{delegationId:guid}", DeleteAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Removes a delegation that has no meeting requests.");
        return group;
    }

    private static async Task<Results<Ok<List<DelegationResponse>>, NotFound>> ListAsync(
        Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var bound = user.IsRestrictedToDelegation() ? user.BoundDelegation() : null;
        var list = await Query(db).Where(d => d.EventId == eventId && (bound == null || d.Id == bound)).OrderBy(d => d.Position).ToListAsync(ct);
        return TypedResults.Ok(list.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<DelegationResponse>, NotFound>> GetAsync(
        Guid eventId, Guid delegationId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsRestrictedToDelegation() && user.BoundDelegation() != delegationId)
        {
            return TypedResults.NotFound();
        }

        var found = await Query(db).SingleOrDefaultAsync(d => d.EventId == eventId && d.Id == delegationId, ct);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(found));
    }

    private static async Task<Results<Created<DelegationResponse>, NotFound, ValidationProblem, Conflict<ProblemHttpResult>>> CreateAsync(
        Guid eventId, DelegationInput input, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        if (await db.Set<ParticipantEntity>().AnyAsync(p => p.EventId == eventId && p.ScenarioId == input.ScenarioId, ct))
        {
            return ValidationErrors.Single(nameof(input.ScenarioId), $"A principal or delegation with id '{input.ScenarioId}' already exists in this event.");
        }

        var party = await db.Set<PartyEntity>().SingleOrDefaultAsync(p => p.EventId == eventId && p.Code == input.PartyCode, ct);
        if (party is null)
        {
            return ValidationErrors.Single(nameof(input.PartyCode), $"The event has no party '{input.PartyCode}'.");
        }

        var position = await db.Set<ParticipantEntity>().Where(p => p.EventId == eventId).MaxAsync(p => (int?)p.Position, ct) ?? -1;
        var delegation = new DelegationEntity { Id = Guid.NewGuid(), EventId = eventId, ScenarioId = input.ScenarioId, Position = position + 1 };
        Apply(delegation, input, party);
        db.Add(delegation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/events/{eventId}/delegations/{delegation.Id}", ToResponse(delegation));
    }

    private static async Task<Results<Ok<DelegationResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid delegationId, DelegationInput input, LiaisonDbContext db, CancellationToken ct)
    {
        var found = await Query(db).SingleOrDefaultAsync(d => d.EventId == eventId && d.Id == delegationId, ct);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        if (!string.Equals(found.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return ValidationErrors.Single(nameof(input.ScenarioId), "The scenario id of a delegation cannot change: requests and meetings refer to it.");
        }

        var party = await db.Set<PartyEntity>().SingleOrDefaultAsync(p => p.EventId == eventId && p.Code == input.PartyCode, ct);
        if (party is null)
        {
            return ValidationErrors.Single(nameof(input.PartyCode), $"The event has no party '{input.PartyCode}'.");
        }

        db.ExpectVersion(found, input.Version);
        Apply(found, input, party);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(found));
    }

    private static Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid eventId, Guid delegationId, LiaisonDbContext db, CancellationToken ct) =>
        SetupEndpoints.DeleteAsync<DelegationEntity>(db, eventId, delegationId, "Delegation in use", async delegation =>
            (await db.Set<MeetingRequestEntity>().Where(r => r.EventId == eventId).ToListAsync(ct))
                .Any(r => r.RequesterId == delegationId || r.InviteeIds.Contains(delegation.ScenarioId, StringComparer.Ordinal))
                ? $"Delegation '{delegation.ScenarioId}' makes or receives meeting requests; withdraw or remove them first."
                : null, ct);

    private static IQueryable<DelegationEntity> Query(LiaisonDbContext db) => db.Set<DelegationEntity>().Include(d => d.Party);

    private static void Apply(DelegationEntity delegation, DelegationInput input, PartyEntity party)
    {
        delegation.PartyId = party.Id;
        delegation.Party = party;
        delegation.HeadOfDelegation = input.HeadOfDelegation;
        delegation.Languages = input.Languages.ToList();
        delegation.Arrival = EventTimes.ToInstant(input.Arrival);
        delegation.Departure = EventTimes.ToInstant(input.Departure);
    }

    private static DelegationResponse ToResponse(DelegationEntity d) => new(
        d.Id, d.ScenarioId, d.Party?.Code ?? string.Empty, d.HeadOfDelegation, d.Languages,
        EventTimes.Utc(d.Arrival), EventTimes.Utc(d.Departure), d.Version);
}
