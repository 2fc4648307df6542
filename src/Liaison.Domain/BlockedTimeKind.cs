namespace Liaison.Domain;

/// <summary>Why a time is blocked.</summary>
public enum BlockedTimeKind
{
    /// <summary>A plenary session of the assembly.</summary>
    Plenary,

    /// <summary>An opening, closing or other ceremony.</summary>
    Ceremony,

    /// <summary>Any other engagement (a press conference, a site visit).</summary>
    Other,
}
