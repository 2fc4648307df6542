using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Domain.Programmes;
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
/// Moves one meeting to another room, day and event-local start. The conflicts the move would
/// cause are shown before saving (htmx asks <see cref="OnPostPreviewAsync"/> on every change) and
/// the save refuses while any remain: nothing is written then. A locked meeting cannot be moved.
/// </summary>
[Authorize(Policy = Policies.ProtocolOffice)]
public sealed class MoveModel(LiaisonDbContext db, ScenarioStore scenarios, ProgrammeStore programmes, IStringLocalizer<MoveModel> localizer)
    : EventPageModel(db)
{
    /// <summary>The meeting from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid MeetingId { get; set; }

    /// <summary>The target room.</summary>
    [BindProperty]
    public Guid RoomId { get; set; }

    /// <summary>The target event-local date (one of the event's days).</summary>
    [BindProperty]
    public LocalDate Date { get; set; }

    /// <summary>The target event-local start as the time input sends it, <c>HH:mm</c>.</summary>
    [BindProperty]
    public string Start { get; set; } = "";

    /// <summary>The meeting's version as shown.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The meeting, with its request and room.</summary>
    public MeetingEntity Meeting { get; private set; } = new();

    /// <summary>The event's rooms.</summary>
    public IReadOnlyList<RoomEntity> Rooms { get; private set; } = [];

    /// <summary>The conflicts of the target slot; <c>null</c> before any check.</summary>
    public IReadOnlyList<ProgrammeViolation>? Conflicts { get; private set; }

    /// <summary>Why the target cannot even be checked or saved (no such local time, changed meanwhile, locked).</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the form at the meeting's current slot.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var local = Meeting.Start.InZone(Zone).LocalDateTime;
        (RoomId, Date, Start, Version) = (Meeting.RoomId, local.Date, TimeInput.Format(local.TimeOfDay), Meeting.Version);
        return Page();
    }

    /// <summary>The conflicts of the chosen slot, as the fragment htmx swaps in; saves nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await CheckAsync(ct);
        return Partial("_Conflicts", this);
    }

    /// <summary>Saves the move when it has no conflict; otherwise shows them and saves nothing.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var target = await CheckAsync(ct);
        if (target is null || Conflicts!.Count > 0)
        {
            return Page();
        }

        try
        {
            await programmes.MoveAsync(MeetingId, Version, RoomId, target.Value.Start, ct);
        }
        catch (Exception e) when (e is DoubleBookingException or ConcurrencyConflictException or MeetingLockedException)
        {
            Db.ChangeTracker.Clear();
            Problem = localizer[e is ConcurrencyConflictException ? "Stale" : e is MeetingLockedException ? "IsLocked" : "DoubleBooked"];
            return Page();
        }

        TempData[nameof(IndexModel.Notice)] = localizer["Moved", Meeting.Request!.ScenarioId].Value;
        return RedirectToPage("/Programme/Index", new { EventId, day = Date.ToString("uuuu-MM-dd", null) });
    }

    /// <summary>Checks the chosen slot, filling <see cref="Conflicts"/> or <see cref="Problem"/>; returns the slot when it exists.</summary>
    private async Task<Interval?> CheckAsync(CancellationToken ct)
    {
        var room = Rooms.SingleOrDefault(r => r.Id == RoomId);
        if (room is null || Event.Days.All(d => d.Date != Date))
        {
            Problem = localizer["Choose"];
            return null;
        }

        var startTime = TimeInput.Parse(Start);
        if (!startTime.Success)
        {
            Problem = localizer["Choose"];
            return null;
        }

        var mapped = Zone.MapLocal(Date.At(startTime.Value));
        if (mapped.Count != 1)
        {
            Problem = localizer["NoSuchLocalTime"];
            return null;
        }

        var start = mapped.Single().ToInstant();
        var time = new Interval(start, start + Duration.FromMinutes(Meeting.Request!.DurationMinutes));
        Conflicts = await MoveConflicts.FindAsync(scenarios, programmes, EventId, Meeting.Request.ScenarioId, room.ScenarioId, time, ct);
        return time;
    }

    private static readonly LocalTimePattern TimeInput = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadEventAsync(ct))
        {
            return false;
        }

        var meeting = await Db.Set<MeetingEntity>().AsNoTracking().Include(m => m.Request).ThenInclude(r => r!.Requester).Include(m => m.Room)
            .SingleOrDefaultAsync(m => m.EventId == EventId && m.Id == MeetingId, ct);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        Rooms = await Db.Set<RoomEntity>().AsNoTracking().Where(r => r.EventId == EventId).OrderBy(r => r.Position).ToListAsync(ct);
        Problem = meeting.Locked ? localizer["IsLocked"].Value : null;
        return true;
    }
}
