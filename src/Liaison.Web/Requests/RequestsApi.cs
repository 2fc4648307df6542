using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Requests;

/// <summary>
/// Meeting requests under <c>/api/events/{eventId}/requests</c>, with their status changes.
/// Protocol officers see and decide all; a liaison officer submits and withdraws its own
/// delegation's requests and sees those its delegation takes part in; other ids answer 404.
/// </summary>
internal static class RequestsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapRequestsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/requests").WithTags("Requests");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.LiaisonOfficerOrProtocol)
            .WithSummary("The event's requests (a liaison officer: those its delegation makes or receives).");
        group.MapGet("/{requestId:guid}", GetAsync).RequireAuthorization(Policies.LiaisonOfficerOrProtocol).WithSummary("One request.");
        group.MapPost("/", SubmitAsync).RequireAuthorization(Policies.LiaisonOfficerOrProtocol)
            .WithSummary("Submits a request (a liaison officer: for its own delegation).");
        group.MapPut("/{requestId:guid}", UpdateAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Edits a request's details.");
        group.MapPost("/{requestId:guid}/status", ChangeStatusAsync).RequireAuthorization(Policies.LiaisonOfficerOrProtocol)
            .WithSummary("Accepts, declines (with a reason) or withdraws a request; a liaison officer may only withdraw its own.");
        group.MapGet("/{requestId:guid}/history", HistoryAsync).RequireAuthorization(Policies.LiaisonOfficerOrProtocol)
            .WithSummary("The request's status history, oldest first.");
        return group;
    }

    private static async Task<Results<Ok<List<RequestResponse>>, NotFound>> ListAsync(Guid eventId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var bound = await db.BoundScenarioIdAsync(user, ct);
        var requests = await Query(db).Where(r => r.EventId == eventId).OrderBy(r => r.Position).ToListAsync(ct);
        return TypedResults.Ok(requests.Where(r => r.Involves(bound)).Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<RequestResponse>, NotFound>> GetAsync(Guid eventId, Guid requestId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
        => await FindVisibleAsync(db, user, eventId, requestId, ct) is { } found ? TypedResults.Ok(ToResponse(found)) : TypedResults.NotFound();

    private static async Task<Results<Created<RequestResponse>, NotFound, ValidationProblem>> SubmitAsync(
        Guid eventId, RequestInput input, LiaisonDbContext db, RequestWorkflow workflow, ClaimsPrincipal user, CancellationToken ct)
    {
        var @event = await db.FindEventAsync(user, eventId, ct);
        if (@event is null)
        {
            return TypedResults.NotFound();
        }

        var (request, problem) = await RequestSubmission.SubmitAsync(db, workflow, @event, input, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Created($"/api/events/{eventId}/requests/{request!.Id}", ToResponse(request));
    }

    private static async Task<Results<Ok<RequestResponse>, NotFound, ValidationProblem>> UpdateAsync(
        Guid eventId, Guid requestId, RequestInput input, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var @event = await db.FindEventAsync(user, eventId, ct);
        var request = @event is null ? null : await Query(db).SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == requestId, ct);
        if (@event is null || request is null)
        {
            return TypedResults.NotFound();
        }

        if (!string.Equals(request.ScenarioId, input.ScenarioId, StringComparison.Ordinal))
        {
            return ValidationErrors.Single(nameof(input.ScenarioId), "The scenario id of a request cannot change: meetings and files refer to it.");
        }

        var checkedInput = await RequestChecks.CheckAsync(db, @event, input, ct);
        if (checkedInput.Problem is not null)
        {
            return checkedInput.Problem;
        }

        db.ExpectVersion(request, input.Version);
        RequestSubmission.Apply(request, input, checkedInput.Requester!);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(request));
    }

    private static async Task<Results<Ok<RequestResponse>, NotFound, ProblemHttpResult>> ChangeStatusAsync(
        Guid eventId, Guid requestId, StatusChangeInput input, LiaisonDbContext db, RequestWorkflow workflow, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await FindVisibleAsync(db, user, eventId, requestId, ct);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        if (user.IsRestrictedToDelegation() && (input.Status != RequestStatus.Withdrawn || request.RequesterId != user.BoundDelegation()))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "A liaison officer may only withdraw requests its own delegation made.");
        }

        // An illegal change throws IllegalStatusTransitionException (409), a stale version ConcurrencyConflictException (409).
        await workflow.ChangeStatusAsync(request.Id, input.Status, RequestSubmission.Who(user), input.Reason, input.Version, ct);
        return TypedResults.Ok(ToResponse(request));
    }

    private static async Task<Results<Ok<List<StatusChangeResponse>>, NotFound>> HistoryAsync(
        Guid eventId, Guid requestId, LiaisonDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindVisibleAsync(db, user, eventId, requestId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var changes = await db.Set<RequestStatusChange>().Where(c => c.RequestId == requestId).ToListAsync(ct);
        return TypedResults.Ok(changes.OrderBy(c => c.At)
            .Select(c => new StatusChangeResponse(c.From, c.To, c.Reason, c.ChangedBy, EventTimes.Utc(c.At))).ToList());
    }

    private static async Task<MeetingRequestEntity?> FindVisibleAsync(LiaisonDbContext db, ClaimsPrincipal user, Guid eventId, Guid requestId, CancellationToken ct)
    {
        var request = await Query(db).SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == requestId, ct);
        return request is not null && request.Involves(await db.BoundScenarioIdAsync(user, ct)) ? request : null;
    }

    private static IQueryable<MeetingRequestEntity> Query(LiaisonDbContext db) => db.Set<MeetingRequestEntity>().Include(r => r.Requester);

    private static RequestResponse ToResponse(MeetingRequestEntity r) => new(
        r.Id, r.ScenarioId, r.Requester?.ScenarioId ?? string.Empty, r.InviteeIds, r.DurationMinutes, r.Priority,
        r.Topics, r.NeedsSigningRoom, r.Publicity, r.ExpectedAttendees, r.Status, r.Version);
}
