using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Commitments;
using Liaison.Web.Commitments;
using Liaison.Web.FollowUp;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Commitments;

/// <summary>
/// Adds a commitment to an agreement (<c>?agreement=</c>, from its detail page) or a meeting (<c>?meeting=</c>, from its
/// record page), or edits one (cooperation desk). The shared <see cref="CommitmentRules"/> check it, each problem beside
/// its field; an edit saves only if nobody saved the commitment meanwhile, else the form shows what changed and nothing
/// is written. Once saved, back to the agreement or meeting it belongs to.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class EditModel(LiaisonDbContext db, DossierStore dossiers, CommitmentStore commitments, IStringLocalizer<CommitmentForm> text,
    IStringLocalizer<FollowUpWords> words) : DossierEditPageModel<CommitmentForm, Commitment>(db, dossiers, text, words)
{
    /// <summary>The commitment to edit (route), or <c>null</c> to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? CommitmentId { get; set; }

    /// <summary>The agreement a new commitment falls under (query), or <c>null</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Agreement { get; set; }

    /// <inheritdoc/>
    protected override string? StoredId => CommitmentId;

    /// <inheritdoc/>
    protected override Commitment? Find(EventDossier dossier, string id) => dossier.Commitments.FirstOrDefault(c => c.Id == id);

    /// <summary>A new commitment belongs to the agreement or the meeting it was opened from; neither, or one the event lacks, is 404.</summary>
    /// <param name="dossier">The event's dossier.</param>
    protected override bool MayAdd(EventDossier dossier) =>
        Agreement is not null ? dossier.Agreement(Agreement) is not null && Meeting is null
            : Meeting is not null && dossier.Scenario.HasRequest(Meeting);

    /// <summary>Shows the form, empty for the agreement or meeting named, or filled from the stored commitment.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form = Stored is null
            ? new CommitmentForm { AgreementId = Agreement, MeetingRequestId = Meeting }
            : CommitmentForm.From(Stored, await Db.Commitments.Where(c => c.EventId == EventId && c.ScenarioId == CommitmentId).Select(c => c.Version).SingleAsync(ct));
        return Page();
    }

    /// <summary>Checks and saves the commitment; problems are shown beside their fields and nothing is written.</summary>
    /// <param name="ct">Cancels the write.</param>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        (Form.Id, Form.AgreementId, Form.MeetingRequestId) = Stored is null
            ? (Form.Id, Agreement, Meeting)
            : (Stored.Id, Stored.AgreementId, Stored.MeetingRequestId);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = Form.ToInput();
        foreach (var problem in CommitmentRules.Check(input, Dossier, IsNew))
        {
            ModelState.AddModelError($"{nameof(Form)}.{problem.Field}", Words["Rule_" + problem.Rule]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var saved = await TrySaveAsync(() => IsNew
                ? commitments.AddAsync(EventId, input.ToCommitment(), ct)
                : commitments.SaveAsync(EventId, input.ToCommitment(), Form.Version, ct));
            if (!saved)
            {
                return Page();
            }
        }
        catch (ArgumentException) when (IsNew)
        {
            if (!await Db.Commitments.AnyAsync(c => c.EventId == EventId && c.ScenarioId == input.Id, ct))
            {
                throw;
            }

            // Someone added the same id since the rules were checked: refuse rather than replace theirs.
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Id)}", Words["Rule_" + FollowUpRule.IdTaken]);
            return Page();
        }

        return input.AgreementId is { } agreement
            ? RedirectToPage("/Agreements/Detail", new { EventId, AgreementId = agreement })
            : RedirectToPage("/Records/Edit", new { EventId, RequestId = input.MeetingRequestId });
    }
}
