using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Common;
using Liaison.Web.Interpreters;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// Adds or edits an interpreter of the event (protocol officers), through <see cref="InterpreterChanges"/>
/// like the API; an edit keeps the stored availability, a new interpreter is available throughout.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class InterpreterModel(LiaisonDbContext db, InterpreterChanges changes, IStringLocalizer<InterpreterForm> text)
    : SetupFormPage<InterpreterForm, InterpreterEntity>(db, text)
{
    /// <inheritdoc />
    protected override Task<InterpreterEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<InterpreterEntity>().AsNoTracking().SingleOrDefaultAsync(i => i.EventId == EventId && i.Id == id, cancellationToken);

    /// <inheritdoc />
    protected override InterpreterForm ToForm(InterpreterEntity row) => InterpreterForm.From(row);

    /// <inheritdoc />
    protected override async Task<SetupOutcome<InterpreterEntity>> SaveAsync(InterpreterForm form, CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return await changes.CreateAsync(EventId, form.ToInput([]), cancellationToken);
        }

        var stored = await FindAsync(id, cancellationToken);
        var availability = stored?.Availability.Select(StoredInterval.Parse).Select(a => new TimeRange(EventTimes.Utc(a.Start), EventTimes.Utc(a.End))).ToList() ?? [];
        return await changes.UpdateAsync(EventId, id, form.ToInput(availability), cancellationToken);
    }
}
