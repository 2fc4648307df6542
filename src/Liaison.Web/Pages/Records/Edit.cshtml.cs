using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Domain.Records;
using Liaison.Web.FollowUp;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Liaison.Web.Pages.Records;

/// <summary>
/// The record of a held meeting (cooperation desk): attendees, topics from the event's taxonomy, summary, outcome,
/// confidentiality and publicity; topics follow the shared <see cref="TopicRules"/>. A meeting is held when it has a record or a place in the programme; any other
/// request is 404. The summary and attendees of a restricted record are neither shown to nor changed by a user without
/// confidential clearance (<see cref="LiaisonClaims.HasConfidentialClearance"/>): saving keeps the stored ones.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class EditModel(LiaisonDbContext db, DossierStore dossiers, RecordStore records, IStringLocalizer<EditModel> localizer,
    IStringLocalizer<FollowUpWords> words) : EventPageModel(db)
{
    private const int BlankAttendeeRows = 2;

    /// <summary>The request's scenario id from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string RequestId { get; set; } = "";

    /// <summary>The form's fields.</summary>
    [BindProperty]
    public RecordForm Form { get; set; } = new();

    /// <summary>The event's dossier: names, topics.</summary>
    public EventDossier Dossier { get; private set; } = null!;

    /// <summary>When the meeting began and ended (UTC): the record's, else the programme's.</summary>
    public (Instant Start, Instant End) Held { get; private set; }

    /// <summary>Whether the stored record is restricted and the user lacks clearance: summary and attendees withheld.</summary>
    public bool Withheld { get; private set; }

    /// <summary>The result of the last save.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The stored record, or <c>null</c> when none is written yet.</summary>
    public MeetingRecord? Stored { get; private set; }

    /// <summary>Shows the form filled from the stored record, or empty with the request's publicity.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form = Stored is null
            ? new RecordForm { Attendees = [.. Enumerable.Range(0, BlankAttendeeRows + 1).Select(_ => new AttendeeInput())], Publicity = RequestPublicity() }
            : RecordForm.From(Stored, BlankAttendeeRows);
        if (Withheld)
        {
            Form.Summary = null;
            Form.Attendees = [];
        }

        return Page();
    }

    /// <summary>Checks and saves the record; problems are shown beside their fields and nothing is written.</summary>
    /// <param name="ct">Cancels the write.</param>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await records.SaveAsync(EventId, Build(), ct);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", localizer["Stale"]);
            return Page();
        }

        Notice = localizer["Saved"];
        return RedirectToPage(new { EventId, RequestId });
    }

    private void Validate()
    {
        for (var i = 0; i < Form.Attendees.Count; i++)
        {
            if (!Form.Attendees[i].IsBlank && string.IsNullOrWhiteSpace(Form.Attendees[i].Name))
            {
                ModelState.AddModelError($"Form.Attendees[{i}].Name", localizer["NameRequired"]);
            }
        }

        foreach (var problem in TopicRules.Check(nameof(Form.Topics), Form.Topics, Stored?.TopicCodes ?? [], Dossier))
        {
            ModelState.AddModelError($"{nameof(Form)}.{problem.ListField}", words["Rule_" + problem.Rule, problem.Value]);
        }
    }

    private MeetingRecord Build()
    {
        var attendees = Withheld
            ? Stored!.Attendees
            : Form.Attendees.Where(a => !a.IsBlank).Select(a => new Attendee(a.Name!.Trim(), Blank(a.Title), a.Side)).ToList();
        var summary = Withheld ? Stored!.Summary : Blank(Form.Summary);
        var confidentiality = Withheld ? Confidentiality.Restricted : Form.Confidentiality;
        return new MeetingRecord(RequestId, Held.Start, Held.End, attendees, Form.Topics, summary, Form.Outcome, confidentiality, Form.Publicity);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private Publicity RequestPublicity() => Dossier.Scenario.Requests.First(r => r.Id == RequestId).Publicity;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        Dossier = await dossiers.ExportAsync(EventId, ct);
        Stored = Dossier.Records.FirstOrDefault(r => r.RequestId == RequestId);
        var meeting = await Db.Set<MeetingEntity>().AsNoTracking()
            .Where(m => m.EventId == EventId && m.Request!.ScenarioId == RequestId)
            .Select(m => new { m.Start, m.End }).SingleOrDefaultAsync(ct);
        if (Stored is null && meeting is null)
        {
            return false;
        }

        Held = Stored is not null ? (Stored.Start, Stored.End) : (meeting!.Start, meeting.End);
        Withheld = Stored?.Confidentiality == Confidentiality.Restricted && !User.HasConfidentialClearance();
        return true;
    }
}
