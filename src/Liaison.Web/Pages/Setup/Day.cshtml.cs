using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Liaison.Web.WorkingDays;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>Adds, changes or removes a working day of the event (protocol officers), through <see cref="WorkingDayChanges"/> like the API.</summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class DayModel(LiaisonDbContext db, WorkingDayChanges changes, IStringLocalizer<DayForm> text) : RemovableSetupFormPage<DayForm, EventDayEntity>(db, text)
{
    /// <inheritdoc />
    protected override Task<EventDayEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<EventDayEntity>().AsNoTracking().SingleOrDefaultAsync(d => d.EventId == EventId && d.Id == id, cancellationToken);

    /// <inheritdoc />
    protected override DayForm ToForm(EventDayEntity row) => DayForm.From(row);

    /// <inheritdoc />
    protected override Task<SetupOutcome<EventDayEntity>> SaveAsync(DayForm form, CancellationToken cancellationToken) => Id is { } id
        ? changes.UpdateAsync(EventId, id, form.ToChange(UnscheduleMeetings), Who, cancellationToken)
        : changes.CreateAsync(EventId, form.ToChange(UnscheduleMeetings), Who, cancellationToken);

    /// <inheritdoc />
    protected override Task<SetupOutcome<EventDayEntity>> RemoveAsync(Guid id, CancellationToken cancellationToken) =>
        changes.RemoveAsync(EventId, id, UnscheduleMeetings, Who, cancellationToken);
}
