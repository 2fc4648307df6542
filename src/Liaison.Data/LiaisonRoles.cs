namespace Liaison.Data;

/// <summary>
/// The role names (exact; issue 4). Every database is created with these roles (seeded by the
/// initial migration), so no code path has to create them.
/// </summary>
public static class LiaisonRoles
{
    /// <summary>Users and roles.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Everything about events, requests and the programme.</summary>
    public const string ProtocolOfficer = "ProtocolOfficer";

    /// <summary>Bound to one delegation: its requests, meetings and calendar only.</summary>
    public const string LiaisonOfficer = "LiaisonOfficer";

    /// <summary>Reads programmes and reports; confidential content only with clearance.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Reads the audit trail.</summary>
    public const string Auditor = "Auditor";

    /// <summary>All five role names, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, ProtocolOfficer, LiaisonOfficer, Analyst, Auditor];
}
