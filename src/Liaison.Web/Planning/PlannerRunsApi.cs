using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Web.Common;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Planning;

/// <summary>
/// Planner runs under <c>/api/events/{eventId}/planner-runs</c>: start one (it runs in the
/// background), follow its progress, cancel it. A completed run's programme replaces the event's.
/// </summary>
internal static class PlannerRunsApi
{
    /// <summary>The phase code of a run waiting for the planner queue.</summary>
    internal const string QueuedPhase = "Queued";

    /// <summary>The phase code of a run left "running" by a server that stopped; it will not finish.</summary>
    internal const string InterruptedPhase = "Interrupted";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static RouteGroupBuilder MapPlannerRunsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events/{eventId:guid}/planner-runs").WithTags("Planner runs");
        group.MapPost("/", StartAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Starts planning the event in the background; 202 with the run to follow.");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ProtocolOffice).WithSummary("The event's runs, newest first.");
        group.MapGet("/{runId:guid}", GetAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("A run: phase, best value, bound and elapsed time while running; the result when done.");
        group.MapDelete("/{runId:guid}", CancelAsync).RequireAuthorization(Policies.ProtocolOffice)
            .WithSummary("Cancels a running run; the current programme stays.");
        return group;
    }

    private static async Task<Results<Accepted<PlannerRunResponse>, NotFound, ProblemHttpResult>> StartAsync(
        Guid eventId, PlannerRunInput? body, LiaisonDbContext db, ScenarioStore store, ProgrammeStore programmes,
        PlannerRunRegistry registry, TimeProvider time, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var input = body ?? new PlannerRunInput();
        var (run, busyWith) = await PlannerRunStarter.StartAsync(db, store, programmes, registry, eventId, input.TimeLimitSeconds, user, context, ct);
        if (run is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A run is in progress",
                detail: $"Planner run {busyWith} is still planning this event; wait for it or cancel it.");
        }

        return TypedResults.Accepted($"/api/events/{eventId}/planner-runs/{run.Id}", ToResponse(run, registry, time));
    }

    private static async Task<Results<Ok<List<PlannerRunResponse>>, NotFound>> ListAsync(
        Guid eventId, LiaisonDbContext db, PlannerRunRegistry registry, TimeProvider time, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindEventAsync(user, eventId, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var runs = await db.Set<PlannerRunEntity>().AsNoTracking().Where(r => r.EventId == eventId).ToListAsync(ct);
        return TypedResults.Ok(runs.OrderByDescending(r => r.StartedAt).Select(r => ToResponse(r, registry, time)).ToList());
    }

    private static async Task<Results<Ok<PlannerRunResponse>, NotFound>> GetAsync(
        Guid eventId, Guid runId, LiaisonDbContext db, PlannerRunRegistry registry, TimeProvider time, CancellationToken ct)
    {
        var run = await db.Set<PlannerRunEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == runId, ct);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(run, registry, time));
    }

    private static async Task<Results<Accepted<PlannerRunResponse>, NotFound, ProblemHttpResult>> CancelAsync(
        Guid eventId, Guid runId, LiaisonDbContext db, PlannerRunRegistry registry, TimeProvider time, CancellationToken ct)
    {
        var run = await db.Set<PlannerRunEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.EventId == eventId && r.Id == runId, ct);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!registry.Cancel(runId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Run not running",
                detail: $"Planner run {runId} is {run.Status}; only a running run can be cancelled.");
        }

        return TypedResults.Accepted($"/api/events/{eventId}/planner-runs/{runId}", ToResponse(run, registry, time));
    }

    /// <summary>The run as the API shows it: the stored record, with the live progress while it runs.</summary>
    internal static PlannerRunResponse ToResponse(PlannerRunEntity run, PlannerRunRegistry registry, TimeProvider time)
    {
        var live = run.Status == PlannerRunStatus.Running ? registry.Progress(run.Id) : null;
        var end = run.FinishedAt ?? Instant.FromDateTimeOffset(time.GetUtcNow());
        var phase = run.Status != PlannerRunStatus.Running ? null : live?.Phase.ToString() ?? (registry.IsLive(run.Id) ? QueuedPhase : InterruptedPhase);
        return new PlannerRunResponse(
            run.Id, run.Status, phase, live?.BestValue ?? run.ObjectiveValue, live?.Bound ?? run.ObjectiveBound, run.Optimal,
            (end - run.StartedAt).TotalSeconds, run.InputsSummary, run.Failure, run.StartedBy,
            EventTimes.Utc(run.StartedAt), run.FinishedAt is { } finished ? EventTimes.Utc(finished) : null);
    }
}
