using Liaison.Data;
using Liaison.Domain;
using Liaison.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.FollowUp;

/// <summary>
/// What the follow-up APIs (records, agreements, commitments) share: the event check and the 400 for a rule the domain
/// refused. Only the cooperation desk reaches them, and it sees every event, so an event is visible when it exists.
/// </summary>
internal static class FollowUpChecks
{
    /// <summary>Whether the event exists.</summary>
    public static Task<bool> EventExistsAsync(this LiaisonDbContext db, Guid eventId, CancellationToken ct) =>
        db.Events.AnyAsync(e => e.Id == eventId, ct);

    /// <summary>Today's date in the event's zone, the date a status move is recorded on when the client names none.</summary>
    /// <exception cref="InvalidOperationException">No such event.</exception>
    public static async Task<LocalDate> TodayAsync(this LiaisonDbContext db, Guid eventId, TimeProvider time, CancellationToken ct)
    {
        var zone = await db.Events.Where(e => e.Id == eventId).Select(e => e.TimeZoneId).SingleAsync(ct);
        return EventTime.Today(DateTimeZoneProviders.Tzdb[zone], Instant.FromDateTimeOffset(time.GetUtcNow()));
    }

    /// <summary>
    /// A 400 naming the field a domain rule refused (the exception's parameter name, else <paramref name="fallbackField"/>)
    /// with the domain's message, which says the rule.
    /// </summary>
    public static ValidationProblem Invalid(ArgumentException refused, string fallbackField) =>
        ValidationErrors.Single(string.IsNullOrEmpty(refused.ParamName) ? fallbackField : Capitalised(refused.ParamName), refused.Message);

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
