using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Rooms;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>Adds or edits a room of the event (protocol officers), through <see cref="RoomChanges"/> like the API.</summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class RoomModel(LiaisonDbContext db, RoomChanges changes, IStringLocalizer<RoomForm> text) : SetupFormPage<RoomForm, RoomEntity>(db, text)
{
    /// <inheritdoc />
    protected override Task<RoomEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<RoomEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.EventId == EventId && r.Id == id, cancellationToken);

    /// <inheritdoc />
    protected override RoomForm ToForm(RoomEntity row) => RoomForm.From(row);

    /// <inheritdoc />
    protected override Task<SetupOutcome<RoomEntity>> SaveAsync(RoomForm form, CancellationToken cancellationToken) =>
        Id is { } id ? changes.UpdateAsync(EventId, id, form.ToInput(), cancellationToken) : changes.CreateAsync(EventId, form.ToInput(), cancellationToken);
}
