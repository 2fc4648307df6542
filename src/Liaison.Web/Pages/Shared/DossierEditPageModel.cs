using System.Globalization;
using Liaison.Data;
using Liaison.Data.Dossiers;
using Liaison.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Base of the cooperation desk's forms that add or edit one record of the event's dossier (an agreement, a
/// commitment): the record id comes from the route (none: add one), the form checks against the whole dossier,
/// and an edit saves only if nobody saved the record meanwhile, else the form shows what changed
/// (<see cref="Stale"/>) and nothing is written.
/// </summary>
/// <typeparam name="TForm">The fields as typed.</typeparam>
/// <typeparam name="TStored">The record as the dossier holds it.</typeparam>
/// <param name="db">The context.</param>
/// <param name="dossiers">Reads the event's dossier.</param>
/// <param name="text">The form's strings: its field labels (for <see cref="Stale"/>) and <c>Saved</c>.</param>
/// <param name="words">The cooperation desk's words, which name each value of a kind or status as <c>Type_Value</c>
/// (e.g. <c>AgreementStatus_Signed</c>) for <see cref="Stale"/>.</param>
public abstract class DossierEditPageModel<TForm, TStored>(LiaisonDbContext db, DossierStore dossiers, IStringLocalizer text,
    IStringLocalizer<FollowUpWords> words)
    : EventPageModel(db)
    where TForm : new()
    where TStored : class
{
    /// <summary>The meeting a new record comes from (query), or <c>null</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Meeting { get; set; }

    /// <summary>The fields as typed.</summary>
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The event's dossier, once <see cref="LoadAsync"/> read it.</summary>
    public EventDossier Dossier { get; private set; } = null!;

    /// <summary>What someone else saved meanwhile, when the last save was refused as stale; otherwise <c>null</c>.</summary>
    public IReadOnlyList<StaleChange>? Stale { get; private set; }

    /// <summary>Whether the form adds a record.</summary>
    public bool IsNew => StoredId is null;

    /// <summary>The result of the save, shown where the form returns to.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The record being edited, once <see cref="LoadAsync"/> found it; <c>null</c> when adding one.</summary>
    protected TStored? Stored { get; private set; }

    /// <summary>The form's strings.</summary>
    protected IStringLocalizer Text => text;

    /// <summary>The cooperation desk's words: names of kinds and statuses, and the rules' messages.</summary>
    protected IStringLocalizer<FollowUpWords> Words => words;

    /// <summary>The id of the record to edit, from the route; <c>null</c> to add one.</summary>
    protected abstract string? StoredId { get; }

    /// <summary>The dossier's record with <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="dossier">The event's dossier.</param>
    /// <param name="id">The record's scenario id.</param>
    protected abstract TStored? Find(EventDossier dossier, string id);

    /// <summary>Whether a new record may be added from what the query names; <c>true</c> unless overridden.</summary>
    /// <param name="dossier">The event's dossier.</param>
    protected virtual bool MayAdd(EventDossier dossier) => true;

    /// <summary>
    /// Loads the event, its <see cref="Dossier"/> and the <see cref="Stored"/> record; <c>false</c> (answer 404 then)
    /// when the user may not see the event, the record does not exist, or <see cref="MayAdd"/> refuses a new one.
    /// </summary>
    /// <param name="ct">Cancels the reads.</param>
    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        Dossier = await dossiers.ExportAsync(EventId, ct);
        if (StoredId is null)
        {
            return MayAdd(Dossier);
        }

        Stored = Find(Dossier, StoredId);
        return Stored is not null;
    }

    /// <summary>
    /// Runs <paramref name="save"/> and sets <see cref="Notice"/>; <c>false</c> with <see cref="Stale"/> filled when the
    /// save was refused because someone saved the record meanwhile (nothing was written then).
    /// </summary>
    /// <param name="save">Writes the record.</param>
    protected async Task<bool> TrySaveAsync(Func<Task> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            await save();
        }
        catch (ConcurrencyConflictException conflict)
        {
            Stale = StaleChange.Describe(conflict.Changes, text, CultureInfo.CurrentCulture,
                choiceName: (_, choice) => Words[$"{choice.GetType().Name}_{choice}"]);
            return false;
        }

        Notice = text["Saved"];
        return true;
    }
}
