using System.Globalization;
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
/// Submits a meeting request: a liaison officer for its own delegation, a protocol officer for any.
/// The form's own rules (<see cref="RequestForm"/>) and the event's (planning step, no
/// self-invitation) are checked here with messages next to each field; the request then goes
/// through <see cref="RequestSubmission"/>, as from the API, with the next free id <c>R&lt;n&gt;</c>.
/// </summary>
[Authorize(Policy = Policies.LiaisonOfficerOrProtocol)]
public sealed class NewModel(LiaisonDbContext db, RequestWorkflow workflow, IStringLocalizer<RequestForm> localizer) : EventPageModel(db)
{
    /// <summary>The form.</summary>
    [BindProperty]
    public RequestForm Form { get; set; } = new();

    /// <summary>Participant names of the event, for the choices.</summary>
    public ParticipantNames Names { get; private set; } = null!;

    /// <summary>The delegation a liaison officer submits for, or <c>null</c> for a protocol officer (who chooses).</summary>
    public string? OwnDelegation { get; private set; }

    /// <summary>Shows the empty form.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.RequestedBy = OwnDelegation;
        return Page();
    }

    /// <summary>Checks and submits; on success goes to the list, else shows the form with the messages.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.RequestedBy = OwnDelegation ?? Form.RequestedBy;
        CheckAgainstEvent();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = new RequestInput(
            await NextIdAsync(ct), Form.RequestedBy!, Form.Invitees, Form.DurationMinutes, Form.Priority, Form.TopicList(),
            Form.NeedsSigningRoom, Form.Confidential ? Publicity.Confidential : Publicity.Public, Form.ExpectedAttendees);
        var (request, problem) = await RequestSubmission.SubmitAsync(Db, workflow, Event, input, User, ct);
        if (problem is not null)
        {
            foreach (var (field, messages) in problem.ProblemDetails.Errors)
            {
                ModelState.AddModelError($"{nameof(Form)}.{field}", string.Join(" ", messages));
            }

            return Page();
        }

        TempData[nameof(IndexModel.Notice)] = localizer["Submitted", request!.ScenarioId].Value;
        return RedirectToPage("/Requests/Index", new { EventId });
    }

    private void CheckAgainstEvent()
    {
        if (Form.DurationMinutes % Event.PlanningStepMinutes != 0)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.DurationMinutes)}", localizer["DurationStep", Event.PlanningStepMinutes.ToString(CultureInfo.CurrentCulture)]);
        }

        if (Form.RequestedBy is not null && Form.Invitees.Contains(Form.RequestedBy, StringComparer.Ordinal))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Invitees)}", localizer["InviteesSelf"]);
        }

        var known = Names.Principals.Select(p => p.ScenarioId).Concat(Names.Delegations.Select(d => d.ScenarioId)).ToHashSet(StringComparer.Ordinal);
        if (Form.Invitees.Any(i => !known.Contains(i)) || (Form.RequestedBy is not null && Names.Delegations.All(d => d.ScenarioId != Form.RequestedBy)))
        {
            ModelState.AddModelError(string.Empty, localizer["Unknown"]);
        }
    }

    private async Task<string> NextIdAsync(CancellationToken ct)
    {
        var ids = await Db.Set<MeetingRequestEntity>().Where(r => r.EventId == EventId).Select(r => r.ScenarioId).ToListAsync(ct);
        var highest = ids.Select(id => id.StartsWith('R') && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"R{highest + 1}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        Names = await ParticipantNames.LoadAsync(Db, EventId, ct);
        OwnDelegation = await Db.BoundScenarioIdAsync(User, ct);
        return true;
    }
}
