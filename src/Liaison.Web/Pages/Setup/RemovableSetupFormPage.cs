using Liaison.Data;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// A set-up form whose row may also be removed from the page (working days, blocked times): a second
/// form posts to the <c>Remove</c> handler; when the removal is refused the form shows the stored row
/// again with why, and the meetings in the way when there are any.
/// </summary>
/// <typeparam name="TForm">The form's fields, with their own resx.</typeparam>
/// <typeparam name="TEntity">The row edited.</typeparam>
/// <param name="db">Reads the event.</param>
/// <param name="text">The form's strings.</param>
public abstract class RemovableSetupFormPage<TForm, TEntity>(LiaisonDbContext db, IStringLocalizer<TForm> text) : SetupFormPage<TForm, TEntity>(db, text)
    where TForm : class, new()
    where TEntity : class
{
    /// <summary>Removes the row through the shared change service (confirmed by <see cref="SetupFormPage{TForm, TEntity}.UnscheduleMeetings"/> when meetings stand in the way).</summary>
    /// <param name="cancellationToken">Cancels the removal.</param>
    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken) || Id is not { } id || await FindAsync(id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        await OnEventLoadedAsync(cancellationToken);
        ModelState.Clear();
        Input = ToForm(row);
        return await AnswerAsync(() => RemoveAsync(id, cancellationToken));
    }

    /// <summary>Removes the row with this id through the shared change service.</summary>
    /// <param name="id">The row's id.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    protected abstract Task<SetupOutcome<TEntity>> RemoveAsync(Guid id, CancellationToken cancellationToken);
}
