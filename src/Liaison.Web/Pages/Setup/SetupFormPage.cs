using System.Globalization;
using Liaison.Data;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// What the set-up forms (room, principal, interpreter, working day, blocked time) share: the event
/// from the route (404 when the user may not see it), the row to edit or none for a new one,
/// validation messages beside the field for the rules the shared change services check
/// (<see cref="SetupRule"/>), what someone else saved meanwhile when the row was saved since the form read it
/// (<see cref="Stale"/>, shown by <c>_StaleChanges</c> like the follow-up forms, keeping the user's input), a message
/// above the form when scheduled meetings stand in the way (listed in <see cref="MeetingsInTheWay"/> until the user
/// confirms with <see cref="UnscheduleMeetings"/>), and back to the set-up page once saved.
/// </summary>
/// <typeparam name="TForm">
/// The form's fields, with their own resx holding labels, messages and the <c>Rule_*</c> texts; its labels are keyed by
/// the row's property names, and enum values by <c>{Property}_{Value}</c>, for the stale view.
/// </typeparam>
/// <typeparam name="TEntity">The row edited.</typeparam>
/// <param name="db">Reads the event.</param>
/// <param name="text">The form's strings.</param>
public abstract class SetupFormPage<TForm, TEntity>(LiaisonDbContext db, IStringLocalizer<TForm> text) : EventPageModel(db)
    where TForm : class, new()
    where TEntity : class
{
    /// <summary>The row edited (route), or <c>null</c> to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    /// <summary>The fields as typed.</summary>
    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>The user's confirmation that the meetings in the way may leave the programme (their requests go back to Accepted).</summary>
    [BindProperty]
    public bool UnscheduleMeetings { get; set; }

    /// <summary>What someone else saved meanwhile, when the last save was refused as stale; otherwise <c>null</c>.</summary>
    public IReadOnlyList<StaleChange>? Stale { get; private set; }

    /// <summary>The scheduled meetings that kept the last change from being saved; empty otherwise.</summary>
    public IReadOnlyList<AffectedMeeting> MeetingsInTheWay { get; private set; } = [];

    /// <summary>The user name written in the history of any request the change unschedules.</summary>
    protected string Who => User.Identity?.Name ?? "unknown";

    /// <summary>Shows the form, filled from the row when editing.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken))
        {
            return NotFound();
        }

        await OnEventLoadedAsync(cancellationToken);
        if (Id is { } id)
        {
            var row = await FindAsync(id, cancellationToken);
            if (row is null)
            {
                return NotFound();
            }

            Input = ToForm(row);
        }

        return Page();
    }

    /// <summary>Saves through the shared change service, or shows why not beside the field.</summary>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken))
        {
            return NotFound();
        }

        await OnEventLoadedAsync(cancellationToken);
        return ModelState.IsValid ? await AnswerAsync(() => SaveAsync(Input, cancellationToken)) : Page();
    }

    /// <summary>Runs a change and answers: back to the set-up page once saved, 404 for a missing row, else the form with why not.</summary>
    /// <param name="change">Saves or removes the row through the shared change service.</param>
    protected async Task<IActionResult> AnswerAsync(Func<Task<SetupOutcome<TEntity>>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        SetupOutcome<TEntity> outcome;
        try
        {
            outcome = await change();
        }
        catch (ConcurrencyConflictException conflict)
        {
            // Position is the row's place in its list, which other rows' removal renumbers; the form does not show it.
            Stale = StaleChange.Describe(conflict.Changes.Where(c => c.Property != "Position"), text, CultureInfo.CurrentCulture, Zone,
                (property, choice) => text[$"{property}_{choice}"]);
            return Page();
        }

        switch (outcome.Problem)
        {
            case null:
                return RedirectToPage("Index", new { eventId = EventId });
            case { Rule: SetupRule.NotFound }:
                return NotFound();
            case var problem:
                MeetingsInTheWay = problem.Meetings;
                ModelState.AddModelError(problem.Field.Length == 0 ? string.Empty : $"{nameof(Input)}.{problem.Field}", text["Rule_" + problem.Rule]);
                return Page();
        }
    }

    /// <summary>Loads what the form needs besides the row (choices for a list, say), once the event is known.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    protected virtual Task OnEventLoadedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The row of the event with this id, or <c>null</c>.</summary>
    /// <param name="id">The row's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    protected abstract Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The form filled from a stored row.</summary>
    /// <param name="row">The row.</param>
    protected abstract TForm ToForm(TEntity row);

    /// <summary>Adds (when <see cref="Id"/> is <c>null</c>) or edits the row through the shared change service.</summary>
    /// <param name="form">The valid form.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    protected abstract Task<SetupOutcome<TEntity>> SaveAsync(TForm form, CancellationToken cancellationToken);
}
