using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Principals;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>Adds or edits a principal of the event (protocol officers), through <see cref="PrincipalChanges"/> like the API.</summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class PrincipalModel(LiaisonDbContext db, PrincipalChanges changes, IStringLocalizer<PrincipalForm> text)
    : SetupFormPage<PrincipalForm, PrincipalEntity>(db, text)
{
    /// <inheritdoc />
    protected override Task<PrincipalEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<PrincipalEntity>().AsNoTracking().SingleOrDefaultAsync(p => p.EventId == EventId && p.Id == id, cancellationToken);

    /// <inheritdoc />
    protected override PrincipalForm ToForm(PrincipalEntity row) => PrincipalForm.From(row);

    /// <inheritdoc />
    protected override Task<SetupOutcome<PrincipalEntity>> SaveAsync(PrincipalForm form, CancellationToken cancellationToken) =>
        Id is { } id ? changes.UpdateAsync(EventId, id, form.ToInput(), cancellationToken) : changes.CreateAsync(EventId, form.ToInput(), cancellationToken);
}
