using Liaison.Data.Entities;

namespace Liaison.Web.Audit;

/// <summary>One entry of the audit trail.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="At">When (UTC).</param>
/// <param name="UserName">Who ("system" for server work, "cli" for the command line).</param>
/// <param name="Client">From where: "{IP} {user agent}" or "cli".</param>
/// <param name="EntityType">The changed row's type, e.g. "MeetingEntity".</param>
/// <param name="EntityId">The changed row's key.</param>
/// <param name="Action">Added, Modified, Deleted, or Exported (a file was taken out; no row changed).</param>
/// <param name="Before">The row's scalar values before (JSON), or <c>null</c> when added.</param>
/// <param name="After">The row's scalar values after (JSON), or <c>null</c> when deleted.</param>
public sealed record AuditEntryResponse(
    Guid Id, DateTimeOffset At, string UserName, string Client, string EntityType, string EntityId, AuditAction Action, string? Before, string? After);
