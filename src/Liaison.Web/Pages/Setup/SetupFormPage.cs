using Liaison.Data;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// What the set-up forms (room, principal, interpreter) share: the event from the route (404 when
/// the user may not see it), the row to edit or none for a new one, validation messages beside the
/// field for the rules the shared change services check (<see cref="SetupRule"/>), a message above
/// the form when someone else saved the row meanwhile, and back to the set-up page once saved.
/// </summary>
/// <typeparam name="TForm">The form's fields, with their own resx holding labels, messages and the <c>Rule_*</c> and <c>Conflict</c> texts.</typeparam>
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

    /// <summary>Shows the form, filled from the row when editing.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken))
        {
            return NotFound();
        }

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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        SetupOutcome<TEntity> outcome;
        try
        {
            outcome = await SaveAsync(Input, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, text["Conflict"]);
            return Page();
        }

        switch (outcome.Problem)
        {
            case null:
                return RedirectToPage("Index", new { eventId = EventId });
            case { Rule: SetupRule.NotFound }:
                return NotFound();
            case var problem:
                ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", text["Rule_" + problem.Rule]);
                return Page();
        }
    }

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
