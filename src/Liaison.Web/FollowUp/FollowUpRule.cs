namespace Liaison.Web.FollowUp;

/// <summary>
/// A rule of a new or edited record, agreement or commitment that its own attributes cannot state (it needs the event's dossier or
/// several fields). The API answers the problem's English message; the pages show <c>Rule_X</c> of
/// <c>Resources/Pages/Shared/FollowUpWords</c> in the reader's language.
/// </summary>
public enum FollowUpRule
{
    /// <summary>Another agreement or commitment of the event has the id.</summary>
    IdTaken,

    /// <summary>An agreement has no title in any language.</summary>
    TitleMissing,

    /// <summary>The partner is not a party of the event.</summary>
    UnknownParty,

    /// <summary>The meeting is not a request of the event.</summary>
    UnknownMeeting,

    /// <summary>The agreement's partner took no part in the meeting it names.</summary>
    PartnerNotAtMeeting,

    /// <summary>A topic or subject is not a topic of the event.</summary>
    UnknownTopic,

    /// <summary>A topic or subject is retired and the stored record or agreement did not name it already.</summary>
    RetiredTopic,

    /// <summary>The agreement is signed, in force or expired but has no date of signature.</summary>
    SignatureDateMissing,

    /// <summary>The agreement is in force or expired but has no date of entry into force.</summary>
    EntryIntoForceMissing,

    /// <summary>The agreement enters into force before it is signed.</summary>
    EntryIntoForceBeforeSignature,

    /// <summary>The agreement is due for renewal before it enters into force.</summary>
    RenewalBeforeEntryIntoForce,

    /// <summary>A commitment belongs to neither an agreement nor a meeting.</summary>
    NoAgreementOrMeeting,

    /// <summary>A commitment names an agreement the event's register lacks.</summary>
    UnknownAgreement,
}
