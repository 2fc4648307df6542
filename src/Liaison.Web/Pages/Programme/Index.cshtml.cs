using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Web.Pages.Programme;

/// <summary>
/// The programme as a day grid per principal or per room, times in the event's zone. With a
/// delegation id in the URL, only that delegation's meetings; a liaison officer sees only its own
/// delegation's meetings and any other delegation's id answers 404. Analysts without clearance see
/// confidential meetings as such, without who or what. Protocol officers lock and unlock meetings
/// here and open the move page.
/// </summary>
[Authorize(Policy = Policies.ProgrammeReader)]
public sealed class IndexModel(LiaisonDbContext db, ProgrammeStore programmes, IStringLocalizer<IndexModel> localizer) : EventPageModel(db)
{
    /// <summary>The delegation whose programme is shown, from the route; <c>null</c> for the whole programme the user may see.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? DelegationId { get; set; }

    /// <summary>The day shown, event-local, as <c>yyyy-MM-dd</c>; the first day by default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Day { get; set; }

    /// <summary><c>principal</c> (default) or <c>room</c>: what the columns are.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    /// <summary>Whether the columns are rooms.</summary>
    public bool ByRoom => string.Equals(By, "room", StringComparison.Ordinal);

    /// <summary>The event's days, in order.</summary>
    public IReadOnlyList<EventDayEntity> Days { get; private set; } = [];

    /// <summary>The day shown.</summary>
    public EventDayEntity? Shown { get; private set; }

    /// <summary>The grid of the day shown.</summary>
    public DayGrid? Grid { get; private set; }

    /// <summary>Column headings by column key.</summary>
    public IReadOnlyDictionary<string, string> ColumnTitles { get; private set; } = new Dictionary<string, string>();

    /// <summary>Participant names.</summary>
    public ParticipantNames Names { get; private set; } = null!;

    /// <summary>How many meetings the user sees over the whole event.</summary>
    public int MeetingCount { get; private set; }

    /// <summary>Whether the user may move and lock meetings.</summary>
    public bool Edits => User.IsInRole(LiaisonRoles.ProtocolOfficer);

    /// <summary>The result of the last action.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>Shows the grid.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Locks or unlocks a meeting (protocol officer) with the version shown.</summary>
    public async Task<IActionResult> OnPostLockAsync(Guid meetingId, int version, bool locked, CancellationToken ct)
    {
        if (!Edits)
        {
            return Forbid();
        }

        if (!await LoadEventAsync(ct) || !await Db.Set<MeetingEntity>().AnyAsync(m => m.EventId == EventId && m.Id == meetingId, ct))
        {
            return NotFound();
        }

        try
        {
            await programmes.SetLockedAsync(meetingId, version, locked, ct);
            Notice = localizer[locked ? "Locked" : "Unlocked"];
        }
        catch (ConcurrencyConflictException)
        {
            Notice = localizer["Stale"];
        }

        return RedirectToPage(new { EventId, DelegationId, Day, By });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        var bound = await Db.BoundScenarioIdAsync(User, ct);
        string? only = null;
        if (DelegationId is { } delegationId)
        {
            only = await Db.Set<DelegationEntity>().Where(d => d.EventId == EventId && d.Id == delegationId).Select(d => d.ScenarioId).SingleOrDefaultAsync(ct);
            if (only is null || (bound is not null && !string.Equals(bound, only, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        Names = await ParticipantNames.LoadAsync(Db, EventId, ct);
        var meetings = (await Db.Set<MeetingEntity>().AsNoTracking().Include(m => m.Request).ThenInclude(r => r!.Requester).Include(m => m.Room)
                .Where(m => m.EventId == EventId).ToListAsync(ct))
            .Where(m => m.Request!.Involves(bound) && m.Request!.Involves(only)).OrderBy(m => m.Start).ToList();
        MeetingCount = meetings.Count;
        Days = Event.Days.OrderBy(d => d.Date).ToList();
        var wanted = Day is null ? (LocalDate?)null : LocalDatePattern.Iso.Parse(Day).GetValueOrThrow();
        Shown = Days.FirstOrDefault(d => d.Date == wanted) ?? (Days.Count > 0 ? Days[0] : null);
        if (Shown is null)
        {
            return true;
        }

        var interpreters = await Db.Set<InterpreterEntity>().AsNoTracking().Where(i => i.EventId == EventId).ToDictionaryAsync(i => i.ScenarioId, i => i.Name, StringComparer.Ordinal, ct);
        var rooms = await Db.Set<RoomEntity>().AsNoTracking().Where(r => r.EventId == EventId).OrderBy(r => r.Position).ToListAsync(ct);
        ColumnTitles = ByRoom
            ? rooms.ToDictionary(r => r.Id.ToString("D", CultureInfo.InvariantCulture), r => r.Name, StringComparer.Ordinal)
            : Names.Principals.ToDictionary(p => p.ScenarioId, p => p.Title, StringComparer.Ordinal);
        var placed = meetings.Select(m => ToGrid(m, interpreters, bound))
            .SelectMany(g => ByRoom ? [(g, g.Meeting.RoomId.ToString("D", CultureInfo.InvariantCulture))] : g.ParticipantIds.Select(p => (g, p)))
            .ToList();
        Grid = new DayGrid(Shown.Date, Shown.Start, Shown.End, Zone, ColumnTitles.Keys.ToList(), placed, Event.PlanningStepMinutes);
        return true;
    }

    private GridMeeting ToGrid(MeetingEntity m, Dictionary<string, string> interpreters, string? bound)
    {
        var request = m.Request!;
        var redacted = request.Publicity == Publicity.Confidential && !User.MayReadConfidential() && bound is null;
        return new GridMeeting(m, [request.Requester!.ScenarioId, .. request.InviteeIds],
            m.InterpreterIds.Select(i => interpreters.GetValueOrDefault(i, i)).ToList(), redacted);
    }
}
