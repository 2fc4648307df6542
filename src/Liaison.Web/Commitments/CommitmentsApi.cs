using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Domain.Commitments;
using Liaison.Web.Common;
using Liaison.Web.FollowUp;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Commitments;

/// <summary>
/// Follow-up commitments under <c>/api/events/{eventId}/commitments</c>: list, create, change status; the overdue and
/// due-soon views with "today" in the event's zone; and each owner unit's due dates as <c>calendar.ics</c>.
/// Cooperation desk only; every change audited.
/// </summary>
internal static class CommitmentsApi
{
    /// <summary>The largest look-ahead of the due-soon view, in days.</summary>
    public const int MaxDueSoonDays = 366;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapCommitmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/commitments").WithTags("Commitments").RequireAuthorization(Policies.CooperationDesk);
        group.MapGet("/", ListAsync).WithSummary("The event's commitments, earliest due first (optionally of one owner unit).");
        group.MapPost("/", CreateAsync).WithSummary("Adds a commitment to an agreement or meeting of the event; 201.");
        group.MapPut("/{commitmentId}/status", ChangeStatusAsync).WithSummary("Changes a commitment's status.");
        group.MapGet("/overdue", OverdueAsync).WithSummary("Open or in-progress commitments due before today (in the event's zone).");
        group.MapGet("/due-soon", DueSoonAsync).WithSummary("Open or in-progress commitments due from today to 'days' days later (event's zone).");
        group.MapGet("/calendar.ics", CalendarAsync).Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .WithSummary("The due dates of one owner unit's commitments as all-day events (text/calendar).");
        return group;
    }

    private static async Task<Results<Ok<List<CommitmentResponse>>, NotFound>> ListAsync(
        Guid eventId, string? owner, LiaisonDbContext db, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        var rows = await db.Commitments.AsNoTracking().Where(c => c.EventId == eventId && (owner == null || c.OwnerUnit == owner)).ToListAsync(ct);
        return TypedResults.Ok(rows.OrderBy(c => c.DueDate).ThenBy(c => c.ScenarioId, StringComparer.Ordinal).Select(Respond).ToList());
    }

    private static async Task<Results<Created<CommitmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid eventId, CommitmentInput input, LiaisonDbContext db, DossierStore dossiers, CommitmentStore commitments, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        var problems = CommitmentRules.Check(input, await dossiers.ExportAsync(eventId, ct), isNew: true);
        if (problems.Any(p => p.Rule == FollowUpRule.IdTaken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Commitment exists",
                detail: $"The event already has commitment '{input.Id}'; choose another id, or change its status with PUT .../commitments/{input.Id}/status.");
        }

        if (problems.Count > 0)
        {
            return FollowUpProblem.Answer(problems);
        }

        try
        {
            await commitments.AddAsync(eventId, input.ToCommitment(), ct);
        }
        catch (ArgumentException refused)
        {
            return FollowUpChecks.Invalid(refused, nameof(CommitmentInput.AgreementId));
        }

        var row = await db.Commitments.AsNoTracking().SingleAsync(c => c.EventId == eventId && c.ScenarioId == input.Id, ct);
        return TypedResults.Created($"/api/events/{eventId}/commitments/{input.Id}", Respond(row));
    }

    private static async Task<Results<Ok<CommitmentResponse>, NotFound>> ChangeStatusAsync(
        Guid eventId, string commitmentId, CommitmentStatusInput input, LiaisonDbContext db, CommitmentStore commitments, CancellationToken ct)
    {
        // Tracked here so that the store, which finds the same row in the same context, saves only if the version read still holds.
        var row = await db.Commitments.SingleOrDefaultAsync(c => c.EventId == eventId && c.ScenarioId == commitmentId, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        db.ExpectVersion(row, input.Version);
        await commitments.SaveAsync(eventId, new Commitment(row.ScenarioId, row.Description, row.OwnerUnit, row.DueDate, input.Status,
            row.AgreementId, row.MeetingRequestId), cancellationToken: ct);
        return TypedResults.Ok(Respond(row));
    }

    private static async Task<Results<Ok<List<CommitmentResponse>>, NotFound>> OverdueAsync(
        Guid eventId, LiaisonDbContext db, CommitmentStore commitments, TimeProvider time, CancellationToken ct)
    {
        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await WithVersionsAsync(db, eventId, await commitments.OverdueAsync(eventId, Now(time), ct), ct));
    }

    private static async Task<Results<Ok<List<CommitmentResponse>>, NotFound, ValidationProblem>> DueSoonAsync(
        Guid eventId, int? days, LiaisonDbContext db, CommitmentStore commitments, TimeProvider time, CancellationToken ct)
    {
        if (days is not (>= 0 and <= MaxDueSoonDays))
        {
            return ValidationErrors.Single("days", $"Give days, the look-ahead in days, from 0 to {MaxDueSoonDays}: e.g. ?days=14.");
        }

        if (!await db.EventExistsAsync(eventId, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await WithVersionsAsync(db, eventId, await commitments.DueSoonAsync(eventId, Now(time), days.Value, ct), ct));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> CalendarAsync(
        Guid eventId, string? owner, LiaisonDbContext db, CommitmentStore commitments, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return ValidationErrors.Single("owner", "Name the owner unit whose due dates to export: ?owner=...");
        }

        var eventName = await db.Events.Where(e => e.Id == eventId).Select(e => e.Name).SingleOrDefaultAsync(ct);
        IReadOnlyList<Commitment> owned = eventName is null ? [] : await commitments.ForOwnerAsync(eventId, owner, ct);
        if (owned.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var bytes = CommitmentCalendar.Write(eventId, $"{owner}: commitments of {eventName}", owned, Now(time));
        return TypedResults.File(bytes, "text/calendar; charset=utf-8", "commitments.ics");
    }

    private static Instant Now(TimeProvider time) => Instant.FromDateTimeOffset(time.GetUtcNow());

    private static async Task<List<CommitmentResponse>> WithVersionsAsync(
        LiaisonDbContext db, Guid eventId, IEnumerable<Commitment> commitments, CancellationToken ct)
    {
        var versions = await db.Commitments.Where(c => c.EventId == eventId).ToDictionaryAsync(c => c.ScenarioId, c => c.Version, ct);
        return commitments.Select(c => new CommitmentResponse(c.Id, c.Description, c.OwnerUnit, c.DueDate.ToDateOnly(), c.Status,
            c.AgreementId, c.MeetingRequestId, versions[c.Id])).ToList();
    }

    private static CommitmentResponse Respond(CommitmentEntity row) =>
        new(row.ScenarioId, row.Description, row.OwnerUnit, row.DueDate.ToDateOnly(), row.Status, row.AgreementId, row.MeetingRequestId, row.Version);
}
