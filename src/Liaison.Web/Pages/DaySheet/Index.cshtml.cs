using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Web.Pages.DaySheet;

/// <summary>
/// A principal's printable day sheet: one principal, one event day, every meeting and blocked time
/// of that day in time order (time, counterpart, room, interpreter, topics), times in the event's
/// zone with the zone labelled; printed by the browser with <c>css/day-sheet-print.css</c>. For the
/// protocol office and analysts; a reader without confidential clearance sees a confidential
/// meeting's time and room but not who or what.
/// </summary>
[Authorize(Policy = Policies.Analyst)]
public sealed class IndexModel(LiaisonDbContext db) : EventPageModel(db)
{
    /// <summary>The principal (route).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid PrincipalId { get; set; }

    /// <summary>The event-local day as <c>yyyy-MM-dd</c> (route); the event's first day when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>The principal.</summary>
    public PrincipalEntity Principal { get; private set; } = new();

    /// <summary>The day shown (event-local).</summary>
    public LocalDate Day { get; private set; }

    /// <summary>The event's days, for the day switch.</summary>
    public IReadOnlyList<LocalDate> Days { get; private set; } = [];

    /// <summary>The day's lines, by start.</summary>
    public IReadOnlyList<DaySheetRow> Rows { get; private set; } = [];

    /// <summary>Loads the day; 404 for an unknown event, principal or day.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadEventAsync(cancellationToken))
        {
            return NotFound();
        }

        var principal = await Db.Set<PrincipalEntity>().AsNoTracking().SingleOrDefaultAsync(p => p.EventId == EventId && p.Id == PrincipalId, cancellationToken);
        Days = Event.Days.Select(d => d.Date).Order().ToList();
        LocalDate? day = Date is null ? (Days.Count > 0 ? Days[0] : null)
            : LocalDatePattern.Iso.Parse(Date) is { Success: true } parsed ? parsed.Value : null;
        if (principal is null || day is null || !Days.Contains(day.Value))
        {
            return NotFound();
        }

        Principal = principal;
        Day = day.Value;
        var start = Day.AtStartOfDayInZone(Zone).ToInstant();
        var end = Day.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();
        var names = await ParticipantNames.LoadAsync(Db, EventId, cancellationToken);
        Rows = (await MeetingsAsync(start, end, names, cancellationToken)).Concat(await BlockedTimesAsync(start, end, cancellationToken))
            .OrderBy(r => r.Start).ThenBy(r => r.IsBlockedTime).ToList();
        return Page();
    }

    private async Task<IEnumerable<DaySheetRow>> MeetingsAsync(Instant start, Instant end, ParticipantNames names, CancellationToken cancellationToken)
    {
        var meetings = await Db.Set<MeetingEntity>().AsNoTracking().Include(m => m.Request!).ThenInclude(r => r.Requester).Include(m => m.Room)
            .Where(m => m.EventId == EventId && m.Start < end && m.End > start).ToListAsync(cancellationToken);
        var interpreters = await Db.Set<InterpreterEntity>().AsNoTracking().Where(i => i.EventId == EventId)
            .ToDictionaryAsync(i => i.ScenarioId, i => i.Name, cancellationToken);
        var mayReadConfidential = User.MayReadConfidential();
        return meetings.Where(m => m.Request!.InviteeIds.Contains(Principal.ScenarioId, StringComparer.Ordinal)).Select(m =>
        {
            var request = m.Request!;
            var shown = mayReadConfidential || request.Publicity == Publicity.Public;
            var counterparts = request.InviteeIds.Prepend(request.Requester!.ScenarioId).Where(id => id != Principal.ScenarioId).Select(names.Of);
            return new DaySheetRow(
                m.Start, m.End, shown ? string.Join(", ", counterparts) : null, m.Room?.Name,
                m.InterpreterIds.Select(id => interpreters.GetValueOrDefault(id, id)).ToList(), shown ? request.Topics : [], false);
        });
    }

    private async Task<IEnumerable<DaySheetRow>> BlockedTimesAsync(Instant start, Instant end, CancellationToken cancellationToken)
    {
        var blocks = await Db.Set<BlockedTimeEntity>().AsNoTracking().Where(b => b.EventId == EventId).ToListAsync(cancellationToken);
        return blocks.Where(b => b.Start < end && b.End > start)
            .Where(b => b.ParticipantIds.Count == 0 || b.ParticipantIds.Contains(Principal.ScenarioId, StringComparer.Ordinal))
            .Select(b => new DaySheetRow(b.Start, b.End, b.Label, null, [], [], true));
    }
}
