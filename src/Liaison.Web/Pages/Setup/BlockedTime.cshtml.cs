using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.BlockedTimes;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Liaison.Web.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// Adds, changes or removes a plenary, ceremony or other blocked time of the event (protocol
/// officers), through <see cref="BlockedTimeChanges"/> like the API; the times are typed event-local
/// and must exist exactly once in the event's zone.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class BlockedTimeModel(LiaisonDbContext db, BlockedTimeChanges changes, IStringLocalizer<BlockedTimeForm> text)
    : RemovableSetupFormPage<BlockedTimeForm, BlockedTimeEntity>(db, text)
{
    /// <summary>The principals and delegations that may be chosen, with their names in the reader's language.</summary>
    public ParticipantNames Participants { get; private set; } = null!;

    /// <inheritdoc />
    protected override async Task OnEventLoadedAsync(CancellationToken cancellationToken) =>
        Participants = await ParticipantNames.LoadAsync(Db, EventId, cancellationToken);

    /// <inheritdoc />
    protected override Task<BlockedTimeEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Set<BlockedTimeEntity>().AsNoTracking().SingleOrDefaultAsync(b => b.EventId == EventId && b.Id == id, cancellationToken);

    /// <inheritdoc />
    protected override BlockedTimeForm ToForm(BlockedTimeEntity row) => BlockedTimeForm.From(row, Zone);

    /// <inheritdoc />
    protected override async Task<SetupOutcome<BlockedTimeEntity>> SaveAsync(BlockedTimeForm form, CancellationToken cancellationToken)
    {
        foreach (var (field, time) in new[] { (nameof(form.Start), form.ReadStart()), (nameof(form.End), form.ReadEnd()) })
        {
            if (!EventTime.TryToInstant(Zone, form.On(time), out _, out var why))
            {
                return new(null, new SetupProblem(field, SetupRule.LocalTimeNotUnique, why!));
            }
        }

        var input = form.ToInput(EventTime.ToInstant(Zone, form.On(form.ReadStart())), EventTime.ToInstant(Zone, form.On(form.ReadEnd())), UnscheduleMeetings);
        return Id is { } id ? await changes.UpdateAsync(EventId, id, input, Who, cancellationToken) : await changes.CreateAsync(EventId, input, Who, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<SetupOutcome<BlockedTimeEntity>> RemoveAsync(Guid id, CancellationToken cancellationToken) =>
        changes.RemoveAsync(EventId, id, cancellationToken);
}
