using System.Globalization;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Audit;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Liaison.Web.Pages.Audit;

/// <summary>
/// The audit trail for auditors, read-only: newest first, filtered by entity type, entity id, user
/// and UTC date range (the trail spans events and zones, so its times are UTC), <see cref="PageSize"/>
/// entries a page. The same filters as <c>GET /api/audit</c> (<see cref="AuditFilter"/>).
/// </summary>
[Authorize(Policy = Policies.Auditor)]
public sealed class IndexModel(LiaisonDbContext db) : PageModel
{
    /// <summary>Entries shown per page.</summary>
    public const int PageSize = 50;

    /// <summary>Entity type filter, e.g. <c>RoomEntity</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    /// <summary>Entity id filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    /// <summary>User name filter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    /// <summary>First UTC day shown (inclusive).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Last UTC day shown (inclusive).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The page number, from 1.</summary>
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The entity types in the trail, for the filter.</summary>
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    /// <summary>This page's entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Whether there are older entries after this page.</summary>
    public bool HasOlder { get; private set; }

    /// <summary>The query of this page's filters with another page number, for the pager links.</summary>
    /// <param name="pageNumber">The page number to link to.</param>
    public Dictionary<string, string> Route(int pageNumber)
    {
        var values = new Dictionary<string, string?>
        {
            ["entityType"] = EntityType, ["entityId"] = EntityId, ["userName"] = UserName,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["pageNumber"] = pageNumber.ToString(CultureInfo.InvariantCulture),
        };
        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!);
    }

    /// <summary>Loads one page of the trail.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var filter = new AuditFilter(
            EntityType, EntityId, UserName,
            From is { } from ? LocalDate.FromDateOnly(from).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : null,
            To is { } to ? LocalDate.FromDateOnly(to).PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : null);
        var entries = db.Set<AuditEntry>().AsNoTracking();
        EntityTypes = await entries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var page = await filter.Apply(entries).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasOlder = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
    }
}
