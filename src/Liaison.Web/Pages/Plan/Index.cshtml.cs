using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Planning;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Plan;

/// <summary>
/// Runs the planner from the page: start a run (it plans in the background queue, as from the API),
/// follow its progress (htmx polls <see cref="OnGetProgressAsync"/> every second), cancel it; once it
/// is over, the summary: meetings placed, requests left out with the reason in the reader's
/// language, and the objective against the proven bound with the gap.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class IndexModel(
    LiaisonDbContext db, ScenarioStore scenarios, ProgrammeStore programmes, PlannerRunRegistry registry, TimeProvider time,
    IStringLocalizer<IndexModel> localizer) : EventPageModel(db)
{
    /// <summary>The latest run of the event, if any.</summary>
    public PlannerRunResponse? Run { get; private set; }

    /// <summary>The latest completed run (objective and bound of the programme shown), if any.</summary>
    public PlannerRunResponse? Completed { get; private set; }

    /// <summary>The current programme (meetings and the requests left out).</summary>
    public Domain.Programmes.Programme Programme { get; private set; } = new([], []);

    /// <summary>Participant names, for the requests left out.</summary>
    public ParticipantNames Names { get; private set; } = null!;

    /// <summary>Requesting delegation by request id, for the requests left out.</summary>
    public IReadOnlyDictionary<string, string> Requesters { get; private set; } = new Dictionary<string, string>();

    /// <summary>The time limit to plan with, in seconds (1 to 3600).</summary>
    [BindProperty]
    public int TimeLimitSeconds { get; set; } = 30;

    /// <summary>Why the last action was refused.</summary>
    public string? Problem { get; private set; }

    /// <summary>Whether the latest run is still planning in this server.</summary>
    public bool IsLive => Run is { Status: PlannerRunStatus.Running } && registry.IsLive(Run.Id);

    /// <summary>Shows the latest run and the programme's summary.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The run's progress or, once it is over, the summary: the fragment htmx swaps in.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken ct) => await LoadAsync(ct) ? Partial("_Run", this) : NotFound();

    /// <summary>Starts a run; refused while another runs or with a time limit out of range.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return NotFound();
        }

        if (TimeLimitSeconds is < 1 or > 3600)
        {
            Problem = localizer["TimeLimitRange"];
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var (run, _) = await PlannerRunStarter.StartAsync(Db, scenarios, programmes, registry, EventId, TimeLimitSeconds, User, HttpContext, ct);
        if (run is null)
        {
            Problem = localizer["Busy"];
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        return RedirectToPage(new { EventId });
    }

    /// <summary>Asks the live run to stop; the current programme stays.</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid runId, CancellationToken ct)
    {
        if (!await LoadEventAsync(ct) || !await Db.Set<PlannerRunEntity>().AnyAsync(r => r.EventId == EventId && r.Id == runId, ct))
        {
            return NotFound();
        }

        registry.Cancel(runId);
        return RedirectToPage(new { EventId });
    }

    /// <summary>The gap between the objective and the bound as a fraction of the bound (0 when proven optimal), or <c>null</c> without both.</summary>
    public static double? Gap(PlannerRunResponse run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run is { BestValue: { } value, Bound: { } bound and > 0 } ? (double)(bound - value) / bound : null;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        var runs = await Db.Set<PlannerRunEntity>().AsNoTracking().Where(r => r.EventId == EventId).ToListAsync(ct);
        var latest = runs.OrderByDescending(r => r.StartedAt).FirstOrDefault();
        var completed = runs.Where(r => r.Status == PlannerRunStatus.Completed).OrderByDescending(r => r.FinishedAt).FirstOrDefault();
        Run = latest is null ? null : PlannerRunsApi.ToResponse(latest, registry, time);
        Completed = completed is null ? null : PlannerRunsApi.ToResponse(completed, registry, time);
        Programme = await programmes.LoadAsync(EventId, ct);
        Names = await ParticipantNames.LoadAsync(Db, EventId, ct);
        // Projected in SQL: ToDictionaryAsync's selectors run on the loaded entities, whose Requester is not loaded.
        Requesters = await Db.Set<MeetingRequestEntity>().AsNoTracking().Where(r => r.EventId == EventId)
            .Select(r => new { r.ScenarioId, Requester = r.Requester!.ScenarioId })
            .ToDictionaryAsync(r => r.ScenarioId, r => r.Requester, StringComparer.Ordinal, ct);
        return true;
    }
}
