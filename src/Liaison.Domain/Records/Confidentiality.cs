namespace Liaison.Domain.Records;

/// <summary>Who may read a meeting record's content (summary and attendees).</summary>
/// <remarks>Independent of <see cref="Publicity"/>, which says whether the meeting may be named in public output.</remarks>
public enum Confidentiality
{
    /// <summary>Every user who may see the meeting may read the record.</summary>
    Normal,

    /// <summary>Summary and attendees only for users with confidential clearance; others see that they are withheld.</summary>
    Restricted,
}
