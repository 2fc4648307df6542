using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Tests;

/// <summary>The number of rows in every Liaison table, as "table=count" lines, to show that a failed operation left nothing behind.</summary>
internal static class RowCounts
{
    public static async Task<string> OfAsync(LiaisonDbContext db) => string.Join("\n",
        $"Events={await db.Events.CountAsync()}",
        $"EventDays={await db.EventDays.CountAsync()}",
        $"Parties={await db.Parties.CountAsync()}",
        $"Agencies={await db.Agencies.CountAsync()}",
        $"Participants={await db.Participants.CountAsync()}",
        $"Rooms={await db.Rooms.CountAsync()}",
        $"Interpreters={await db.Interpreters.CountAsync()}",
        $"BlockedTimes={await db.BlockedTimes.CountAsync()}",
        $"MeetingRequests={await db.MeetingRequests.CountAsync()}",
        $"RequestStatusChanges={await db.RequestStatusChanges.CountAsync()}",
        $"Meetings={await db.Meetings.CountAsync()}",
        $"MeetingBookings={await db.MeetingBookings.CountAsync()}",
        $"PlannerRuns={await db.PlannerRuns.CountAsync()}",
        $"AuditEntries={await db.AuditEntries.CountAsync()}");
}
