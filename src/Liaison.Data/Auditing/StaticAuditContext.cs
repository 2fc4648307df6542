namespace Liaison.Data.Auditing;

/// <summary>An <see cref="IAuditContext"/> fixed at creation. Immutable and thread-safe.</summary>
/// <param name="UserId">Identity user id, or <c>null</c>.</param>
/// <param name="UserName">User name, or "cli", or "system".</param>
/// <param name="Client">Client description.</param>
public sealed record StaticAuditContext(string? UserId, string UserName, string Client) : IAuditContext
{
    /// <summary>The command line: user "cli", client "cli".</summary>
    public static StaticAuditContext CommandLine { get; } = new(null, "cli", "cli");

    /// <summary>Work the system does by itself (migrations tooling, demo seeding): user "system", client "system".</summary>
    public static StaticAuditContext System { get; } = new(null, "system", "system");
}
