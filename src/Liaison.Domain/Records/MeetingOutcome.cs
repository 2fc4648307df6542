namespace Liaison.Domain.Records;

/// <summary>What a held meeting led to.</summary>
public enum MeetingOutcome
{
    /// <summary>An exchange of views with nothing to follow up.</summary>
    NoOutcome,

    /// <summary>The sides agreed on follow-up actions (see commitments).</summary>
    FollowUpAgreed,

    /// <summary>The sides agreed to negotiate an agreement or memorandum of understanding.</summary>
    AgreementToNegotiate,

    /// <summary>An agreement or memorandum of understanding was signed at the meeting.</summary>
    AgreementSigned,
}
