namespace Liaison.Data.Auditing;

/// <summary>
/// Who is making the changes being saved, and from which client. The web supplies it per request
/// from the signed-in user and the connection; the command line uses <see cref="StaticAuditContext.CommandLine"/>.
/// </summary>
public interface IAuditContext
{
    /// <summary>Identity user id, or <c>null</c> when no user is signed in (command line, system work).</summary>
    string? UserId { get; }

    /// <summary>User name, or "cli", or "system".</summary>
    string UserName { get; }

    /// <summary>"{IP} {user agent}" for the web, "cli" for the command line.</summary>
    string Client { get; }
}
