using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Domain.Agreements;
using Liaison.Web.Common;
using Liaison.Web.FollowUp;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Agreements;

/// <summary>
/// The agreements register under <c>/api/events/{eventId}/agreements</c>: list, read, create, edit the register facts, and move an agreement's
/// status through its lifecycle (<see cref="AgreementLifecycle"/>; an illegal move answers 409 naming both statuses and
/// the allowed next ones). Cooperation desk only; every change audited.
/// </summary>
internal static class AgreementsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapAgreementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/agreements").WithTags("Agreements").RequireAuthorization(Policies.CooperationDesk);
        group.MapGet("/", ListAsync).WithSummary("The event's agreements register, in order, each with its status history.");
        group.MapGet("/{agreementId}", GetAsync).WithSummary("One agreement.");
        group.MapPost("/", CreateAsync).WithSummary("Adds an agreement to the register as it stands; 201.");
        group.MapPut("/{agreementId}", UpdateAsync)
            .WithSummary("Replaces the agreement's register facts (not its status, which moves only through transitions) if it still has "
                + "the version read (?version=N); the body as for POST, its id the route's; 409 with what changed when someone saved meanwhile.");
        group.MapPost("/{agreementId}/transitions", MoveAsync)
            .WithSummary("Moves the agreement to another status (recorded with date and who); 409 when the lifecycle or the version refuses.");
        group.MapAgreementDocumentsApi();
        return group;
    }

    /// <summary>The agreement's row with its history, untracked, or <c>null</c>.</summary>
    public static Task<AgreementEntity?> FindAsync(LiaisonDbContext db, Guid eventId, string agreementId, CancellationToken ct) =>
        db.Agreements.AsNoTracking().Include(a => a.History).SingleOrDefaultAsync(a => a.EventId == eventId && a.ScenarioId == agreementId, ct);

    private static async Task<Results<Ok<List<AgreementResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Agreements.AsNoTracking().Include(a => a.History).Where(a => a.EventId == eventId).OrderBy(a => a.Position).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(Respond).ToList());
    }

    private static async Task<Results<Ok<AgreementResponse>, NotFound>> GetAsync(Guid eventId, string agreementId, LiaisonDbContext db, CancellationToken ct) =>
        await FindAsync(db, eventId, agreementId, ct) is { } row ? TypedResults.Ok(Respond(row)) : TypedResults.NotFound();

    private static async Task<Results<Created<AgreementResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid eventId, AgreementInput input, LiaisonDbContext db, DossierStore dossiers, AgreementStore agreements, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        if (AgreementRules.Check(input, await dossiers.ExportAsync(eventId, ct), isNew: true) is { Count: > 0 } problems)
        {
            return FollowUpProblem.Answer(problems);
        }

        try
        {
            await agreements.AddAsync(eventId, input.ToAgreement(), ct);
        }
        catch (ArgumentException refused)
        {
            return FollowUpChecks.Invalid(refused, nameof(AgreementInput.Id));
        }

        var created = await FindAsync(db, eventId, input.Id, ct);
        return TypedResults.Created($"/api/events/{eventId}/agreements/{input.Id}", Respond(created!));
    }

    private static async Task<Results<Ok<AgreementResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, string agreementId, int version, AgreementInput input, LiaisonDbContext db, DossierStore dossiers, AgreementStore agreements,
        CancellationToken ct)
    {
        if (await FindAsync(db, eventId, agreementId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        if (!string.Equals(input.Id, agreementId, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [nameof(AgreementInput.Id)] = [$"The body's id '{input.Id}' is not the agreement '{agreementId}' of the address. Fix: send the same id, or PUT to .../agreements/{input.Id}."] },
                detail: "Nothing was saved.");
        }

        if (AgreementRules.Check(input, await dossiers.ExportAsync(eventId, ct), isNew: false) is { Count: > 0 } problems)
        {
            return FollowUpProblem.Answer(problems);
        }

        try
        {
            await agreements.UpdateAsync(eventId, input.ToAgreement(), version, ct);
        }
        catch (ArgumentException refused)
        {
            return FollowUpChecks.Invalid(refused, nameof(AgreementInput.Status));
        }

        return TypedResults.Ok(Respond((await FindAsync(db, eventId, agreementId, ct))!));
    }

    private static async Task<Results<Ok<AgreementResponse>, NotFound, ValidationProblem>> MoveAsync(
        Guid eventId, string agreementId, TransitionInput input, LiaisonDbContext db, AgreementStore agreements, TimeProvider time,
        ClaimsPrincipal user, CancellationToken ct)
    {
        // Tracked here so that the store, which finds the same row in the same context, saves only if the version read still holds.
        var row = await db.Agreements.Include(a => a.History).SingleOrDefaultAsync(a => a.EventId == eventId && a.ScenarioId == agreementId, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        db.ExpectVersion(row, input.Version);
        var on = input.On is { } date ? LocalDate.FromDateOnly(date) : await db.TodayAsync(eventId, time, ct);
        try
        {
            await agreements.MoveAsync(eventId, agreementId, input.To, on, user.Identity?.Name ?? "unknown", input.Note, ct);
        }
        catch (ArgumentException refused)
        {
            return FollowUpChecks.Invalid(refused, nameof(TransitionInput.On));
        }

        return TypedResults.Ok(Respond((await FindAsync(db, eventId, agreementId, ct))!));
    }

    private static DateOnly? Date(LocalDate? date) => date?.ToDateOnly();

    private static AgreementResponse Respond(AgreementEntity row) =>
        new(row.ScenarioId, row.Kind, row.Titles, row.PartnerPartyCode, row.PartnerAgencyName, row.OurAgencyName, Date(row.SignedOn),
            row.SignedPlace, row.MeetingRequestId, row.SubjectTopicCodes, row.Status, AgreementLifecycle.NextFrom(row.Status),
            row.History.OrderBy(h => h.Position).Select(h => new StatusMoveResponse(h.From, h.To, h.On.ToDateOnly(), h.By, h.Note)).ToList(),
            Date(row.EntryIntoForce), row.DurationMonths, Date(row.RenewalDate), row.Version);
}
