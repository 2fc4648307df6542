using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Requests;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Requests;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Requests;

/// <summary>
/// The requests of an event: the protocol officer's queue (accept, decline with a reason, set the
/// priority) and a liaison officer's own delegation's requests (withdraw). Every change goes
/// through <see cref="RequestWorkflow"/> with the version shown, so a stale page gets a notice, not
/// an overwrite; another delegation's request id answers 404.
/// </summary>
[Authorize(Policy = Policies.LiaisonOfficerOrProtocol)]
public sealed class IndexModel(LiaisonDbContext db, RequestWorkflow workflow, IStringLocalizer<IndexModel> localizer) : EventPageModel(db)
{
    /// <summary>The requests the user sees, in the scenario's order.</summary>
    public IReadOnlyList<MeetingRequestEntity> Requests { get; private set; } = [];

    /// <summary>Participant names of the event.</summary>
    public ParticipantNames Names { get; private set; } = null!;

    /// <summary>Whether the user decides requests (protocol officer).</summary>
    public bool Decides => User.IsInRole(LiaisonRoles.ProtocolOfficer);

    /// <summary>The result of the last action, shown above the list.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Why the last action was refused, shown above the list.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the list.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Accepts a request (protocol officer).</summary>
    public Task<IActionResult> OnPostAcceptAsync(Guid requestId, int version, CancellationToken ct)
        => ChangeAsync(requestId, version, RequestStatus.Accepted, null, ct);

    /// <summary>Declines a request with a reason (protocol officer); without a reason nothing changes.</summary>
    public Task<IActionResult> OnPostDeclineAsync(Guid requestId, int version, string? reason, CancellationToken ct)
        => ChangeAsync(requestId, version, RequestStatus.Declined, reason, ct);

    /// <summary>Withdraws a request its own delegation made (liaison officer) or any request (protocol officer).</summary>
    public Task<IActionResult> OnPostWithdrawAsync(Guid requestId, int version, CancellationToken ct)
        => ChangeAsync(requestId, version, RequestStatus.Withdrawn, null, ct);

    /// <summary>Sets a request's priority, 1 (lowest) to 5 (highest) (protocol officer).</summary>
    public async Task<IActionResult> OnPostPriorityAsync(Guid requestId, int version, int priority, CancellationToken ct)
    {
        var request = await FindAsync(requestId, ct);
        if (request is null)
        {
            return NotFound();
        }

        if (!Decides)
        {
            return Forbid();
        }

        if (priority is < MeetingRequest.MinPriority or > MeetingRequest.MaxPriority)
        {
            return await RefuseAsync(localizer["PriorityRange"], ct);
        }

        Db.Entry(request).Property(r => r.Version).OriginalValue = version;
        request.Priority = priority;
        return await SaveAsync(() => Db.SaveChangesAsync(ct), request, ct);
    }

    private async Task<IActionResult> ChangeAsync(Guid requestId, int version, RequestStatus to, string? reason, CancellationToken ct)
    {
        var request = await FindAsync(requestId, ct);
        if (request is null)
        {
            return NotFound();
        }

        var ownWithdrawal = to == RequestStatus.Withdrawn && request.RequesterId == User.BoundDelegation();
        if (!Decides && !ownWithdrawal)
        {
            return Forbid();
        }

        if (to == RequestStatus.Declined && string.IsNullOrWhiteSpace(reason))
        {
            return await RefuseAsync(localizer["ReasonRequired"], ct);
        }

        return await SaveAsync(() => workflow.ChangeStatusAsync(request.Id, to, RequestSubmission.Who(User), reason?.Trim(), version, ct), request, ct);
    }

    private async Task<IActionResult> SaveAsync(Func<Task> save, MeetingRequestEntity request, CancellationToken ct)
    {
        try
        {
            await save();
        }
        catch (ConcurrencyConflictException)
        {
            return await RefuseAsync(localizer["Stale", request.ScenarioId], ct);
        }
        catch (IllegalStatusTransitionException)
        {
            return await RefuseAsync(localizer["NotAllowedNow", request.ScenarioId], ct);
        }

        Notice = localizer["Saved", request.ScenarioId];
        return RedirectToPage(new { EventId });
    }

    private async Task<IActionResult> RefuseAsync(string problem, CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        Problem = problem;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<MeetingRequestEntity?> FindAsync(Guid requestId, CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return null;
        }

        var request = await Db.Set<MeetingRequestEntity>().Include(r => r.Requester).SingleOrDefaultAsync(r => r.EventId == EventId && r.Id == requestId, ct);
        return request is not null && request.Involves(await Db.BoundScenarioIdAsync(User, ct)) ? request : null;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        var bound = await Db.BoundScenarioIdAsync(User, ct);
        var requests = await Db.Set<MeetingRequestEntity>().AsNoTracking().Include(r => r.Requester)
            .Where(r => r.EventId == EventId).OrderBy(r => r.Position).ToListAsync(ct);
        Requests = requests.Where(r => r.Involves(bound)).ToList();
        Names = await ParticipantNames.LoadAsync(Db, EventId, ct);
        return true;
    }
}
