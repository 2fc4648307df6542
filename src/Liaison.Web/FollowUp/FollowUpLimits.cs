namespace Liaison.Web.FollowUp;

/// <summary>
/// The length and range limits of the follow-up inputs, stated once for the API's bodies and the pages' forms alike.
/// Lengths are in characters (UTF-16 code units, as <see cref="System.ComponentModel.DataAnnotations.StringLengthAttribute"/> counts).
/// </summary>
public static class FollowUpLimits
{
    /// <summary>The longest id of an agreement, commitment, party or meeting request.</summary>
    public const int IdLength = 64;

    /// <summary>The longest agency name or place of signature.</summary>
    public const int NameLength = 300;

    /// <summary>The longest duration of an agreement, in months (a century).</summary>
    public const int MaxDurationMonths = 1200;

    /// <summary>The longest description of a commitment.</summary>
    public const int DescriptionLength = 2000;

    /// <summary>The longest owner unit of a commitment.</summary>
    public const int OwnerUnitLength = 200;
}
