using System.Security.Claims;
using Liaison.Data;
using Liaison.Data.Auditing;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Scheduling;
using Liaison.Web.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Planning;

/// <summary>
/// Starting a planner run, shared by the API and the plan page: refuses while another run of the
/// event is live, records the run with its inputs' hash and summary, and queues it for the
/// background worker as the user who started it.
/// </summary>
internal static class PlannerRunStarter
{
    /// <summary>Starts a run of the event (whose visibility the caller checked).</summary>
    /// <returns>The stored run, or the id of the live run that prevents a new one.</returns>
    public static async Task<(PlannerRunEntity? Run, Guid? BusyWith)> StartAsync(
        LiaisonDbContext db, ScenarioStore store, ProgrammeStore programmes, PlannerRunRegistry registry,
        Guid eventId, int timeLimitSeconds, ClaimsPrincipal user, HttpContext context, CancellationToken ct)
    {
        var running = await db.Set<PlannerRunEntity>().Where(r => r.EventId == eventId && r.Status == PlannerRunStatus.Running).Select(r => r.Id).ToListAsync(ct);
        var live = running.Where(registry.IsLive).ToList();
        if (live.Count > 0)
        {
            return (null, live[0]);
        }

        var scenario = await store.LoadForPlanningAsync(eventId, ct);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(timeLimitSeconds) };
        var name = user.Identity?.Name ?? "unknown";
        var runId = await programmes.StartRunAsync(eventId, PlannerInputs.Hash(scenario, options), PlannerInputs.Summary(scenario, options), name, ct);
        var run = await db.Set<PlannerRunEntity>().AsNoTracking().SingleAsync(r => r.Id == runId, ct);
        var who = new StaticAuditContext(user.FindFirstValue(ClaimTypes.NameIdentifier), name, HttpAuditContext.RequestClient(context) ?? "unknown");
        registry.Enqueue(run.Id, eventId, options, who);
        return (run, null);
    }
}
