using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Scheduling;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Planning;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Replan;

/// <summary>
/// Re-plans the event after changes (a withdrawn request, a new one, a lost room) with
/// <see cref="Planner.Replan"/>: every meeting the changes leave valid stays where it is, locked
/// meetings never move, and only what must move moves (with the option, also what lets strictly
/// more priority be placed). The new programme is stored as a planner run and the page lists what
/// was kept, moved, dropped and newly placed, and why. Runs in the request, within its time limit;
/// refused while a background run of the event is live.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class IndexModel(
    LiaisonDbContext db, ScenarioStore scenarios, ProgrammeStore programmes, PlannerRunRegistry registry, TimeProvider time,
    IStringLocalizer<IndexModel> text) : EventPageModel(db)
{
    /// <summary>Seconds the re-plan may take, 1 to 120.</summary>
    [BindProperty]
    [Range(1, 120, ErrorMessage = "TimeLimitRange")]
    [Display(Name = "TimeLimit")]
    public int TimeLimitSeconds { get; set; } = 10;

    /// <summary>Whether a meeting the changes leave valid may move when that places strictly more priority.</summary>
    [BindProperty]
    [Display(Name = "AllowMoves")]
    public bool AllowMovesToPlaceMore { get; set; }

    /// <summary>What happened to each request held before or now, after a re-plan; <c>null</c> before.</summary>
    public IReadOnlyList<MeetingChange>? Changes { get; private set; }

    /// <summary>Names of the event's participants, in the reader's language.</summary>
    public ParticipantNames? Names { get; private set; }

    /// <summary>Room names by scenario id.</summary>
    public IReadOnlyDictionary<string, string> Rooms { get; private set; } = new Dictionary<string, string>();

    /// <summary>Shows the form.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadEventAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Re-plans, stores the programme and shows the changes.</summary>
    /// <param name="cancellationToken">Cancels the re-plan (the browser leaving) before anything is stored.</param>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var running = await Db.Set<PlannerRunEntity>().Where(r => r.EventId == EventId && r.Status == PlannerRunStatus.Running).Select(r => r.Id).ToListAsync(cancellationToken);
        if (running.Any(registry.IsLive))
        {
            ModelState.AddModelError(string.Empty, text["Busy"]);
            return Page();
        }

        var scenario = await scenarios.LoadForPlanningAsync(EventId, cancellationToken);
        var previous = await programmes.LoadAsync(EventId, cancellationToken);
        var options = new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds), AllowMovesToPlaceMore = AllowMovesToPlaceMore };
        var result = await Task.Run(() => new Planner(time).Replan(scenario, previous, options, null, cancellationToken), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var runId = await programmes.StartRunAsync(
            EventId, PlannerInputs.Hash(scenario, options), PlannerInputs.Summary(scenario, options), User.Identity?.Name ?? "unknown", cancellationToken);
        await programmes.CompleteRunAsync(runId, result.Plan.Programme, result.Plan.Objective, cancellationToken);
        Changes = result.Changes.OrderBy(c => c.Kind).ThenBy(c => c.After?.Time.Start ?? c.Before?.Time.Start).ToList();
        Names = await ParticipantNames.LoadAsync(Db, EventId, cancellationToken);
        Rooms = await Db.Set<RoomEntity>().AsNoTracking().Where(r => r.EventId == EventId).ToDictionaryAsync(r => r.ScenarioId, r => r.Name, cancellationToken);
        return Page();
    }
}
