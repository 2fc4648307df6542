using System.Security.Claims;
using Liaison.Data.Auditing;

namespace Liaison.Web.Auditing;

/// <summary>
/// Tells the audit trail who makes a change through the API: the signed-in user, and the client
/// as "{remote IP} {User-Agent}". Background work (the planner) names the user it acts for with
/// <see cref="ActFor"/>; anything else outside a request is "system".
/// </summary>
/// <remarks>Scoped: one per request or per unit of background work. Not thread-safe.</remarks>
internal sealed class HttpAuditContext(IHttpContextAccessor accessor) : IAuditContext
{
    private const int MaxUserAgentLength = 200;
    private StaticAuditContext? _actingFor;

    /// <inheritdoc />
    public string? UserId => _actingFor is not null ? _actingFor.UserId : accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <inheritdoc />
    public string UserName => _actingFor?.UserName ?? accessor.HttpContext?.User.Identity?.Name ?? StaticAuditContext.System.UserName;

    /// <inheritdoc />
    public string Client => _actingFor?.Client ?? RequestClient(accessor.HttpContext) ?? StaticAuditContext.System.Client;

    /// <summary>The user and client this scope's changes are recorded for, captured from the request that started the work.</summary>
    /// <param name="who">User id, user name and client.</param>
    public void ActFor(StaticAuditContext who) => _actingFor = who;

    /// <summary>"{remote IP} {User-Agent}" of a request, or <c>null</c> outside one.</summary>
    /// <param name="context">The request, if any.</param>
    public static string? RequestClient(HttpContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var agent = context.Request.Headers.UserAgent.ToString();
        agent = agent.Length > MaxUserAgentLength ? agent[..MaxUserAgentLength] : agent;
        return $"{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"} {agent}".TrimEnd();
    }
}
