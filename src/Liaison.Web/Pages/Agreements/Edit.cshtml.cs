using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Liaison.Domain.Agreements;
using Liaison.Web.Agreements;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Agreements;

/// <summary>
/// Adds an agreement to the register or edits its facts (cooperation desk). A new one may come from a meeting's record
/// (<c>?meeting=R14</c>): the form is then prefilled with the meeting, its partner, topics and the status its outcome
/// implies. The shared <see cref="AgreementRules"/> check it, each problem beside its field; an edit saves only if nobody
/// saved the agreement meanwhile, else the form shows what changed and nothing is written. The status is entered once;
/// afterwards it moves on the detail page.
/// </summary>
[Authorize(Policy = Policies.CooperationDesk)]
public sealed class EditModel(LiaisonDbContext db, DossierStore dossiers, AgreementStore agreements, IStringLocalizer<AgreementForm> text,
    IStringLocalizer<FollowUpWords> words) : DossierEditPageModel<AgreementForm, Agreement>(db, dossiers, text, words)
{
    /// <summary>The agreement to edit (route), or <c>null</c> to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? AgreementId { get; set; }

    /// <inheritdoc/>
    protected override string? StoredId => AgreementId;

    /// <inheritdoc/>
    protected override Agreement? Find(EventDossier dossier, string id) => dossier.Agreement(id);

    /// <summary>Shows the form: empty or prefilled from <see cref="DossierEditPageModel{TForm, TStored}.Meeting"/>'s record, or filled from the stored agreement.</summary>
    /// <param name="ct">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Stored is not null)
        {
            Form = AgreementForm.From(Stored, await VersionAsync(ct));
            return Page();
        }

        var record = Meeting is null ? null : Dossier.RecordOf(Meeting);
        if (Meeting is not null && record is null)
        {
            return NotFound();
        }

        Form = AgreementForm.New(Dossier, record, record is null ? default : record.Start.InZone(Zone).Date);
        return Page();
    }

    /// <summary>Checks and saves the agreement, then shows its detail; problems are shown beside their fields and nothing is written.</summary>
    /// <param name="ct">Cancels the write.</param>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Id = Stored?.Id ?? Form.Id;
        foreach (var (row, key) in Form.TitleProblems())
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Titles)}[{row}].{nameof(TitleInput.Language)}", Text[key]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = Form.ToInput(Stored?.Status ?? Form.Status);
        foreach (var problem in AgreementRules.Check(input, Dossier, IsNew))
        {
            ModelState.AddModelError($"{nameof(Form)}.{problem.ListField}", Words["Rule_" + problem.Rule, problem.Value]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await TrySaveAsync(() =>
            IsNew ? agreements.AddAsync(EventId, input.ToAgreement(), ct) : agreements.UpdateAsync(EventId, input.ToAgreement(), Form.Version, ct));
        if (!saved)
        {
            return Page();
        }

        return RedirectToPage("Detail", new { EventId, AgreementId = input.Id });
    }

    private Task<int> VersionAsync(CancellationToken ct) =>
        Db.Agreements.Where(a => a.EventId == EventId && a.ScenarioId == AgreementId).Select(a => a.Version).SingleAsync(ct);
}
