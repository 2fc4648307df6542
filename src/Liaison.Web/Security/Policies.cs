namespace Liaison.Web.Security;

/// <summary>
/// Names of the authorization policies. Every endpoint names exactly one of them (or is the login
/// endpoint, the only anonymous one); the role sets are in <see cref="AuthorizationSetup"/>.
/// </summary>
public static class Policies
{
    /// <summary>Protocol officers: everything about events, requests and the programme.</summary>
    public const string ProtocolOffice = "ProtocolOffice";

    /// <summary>Protocol officers, or liaison officers acting for the delegation they are bound to.</summary>
    public const string LiaisonOfficerOrProtocol = "LiaisonOfficerOrProtocol";

    /// <summary>Whoever may read an event's programme: protocol officers, liaison officers (their own delegation only) and analysts.</summary>
    public const string ProgrammeReader = "ProgrammeReader";

    /// <summary>Analysts (and protocol officers): programmes and reports across delegations.</summary>
    public const string Analyst = "Analyst";

    /// <summary>
    /// The cooperation desk: analysts and protocol officers read and write meeting records, agreements, commitments,
    /// partner histories and the internal report. Liaison officers are not admitted: the follow-up is the host's own
    /// account of its relations, across delegations, and a delegation's officer has no part in keeping it.
    /// </summary>
    public const string CooperationDesk = "CooperationDesk";

    /// <summary>Every signed-in role but liaison officers: the public engagement report.</summary>
    public const string PublicReportReader = "PublicReportReader";

    /// <summary>
    /// Who reads an event's topic taxonomy: protocol officers and analysts (the cooperation desk), who use it, and
    /// administrators, who edit it under <see cref="Administrator"/>.
    /// </summary>
    public const string TopicReader = "TopicReader";

    /// <summary>Auditors: read the audit trail.</summary>
    public const string Auditor = "Auditor";

    /// <summary>Administrators: users and roles, and the edits of the topic taxonomy.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Any signed-in user, whatever the role: who am I, sign out.</summary>
    public const string SignedIn = "SignedIn";
}
