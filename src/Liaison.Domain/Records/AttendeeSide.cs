namespace Liaison.Domain.Records;

/// <summary>Which side of the table an attendee sat on.</summary>
public enum AttendeeSide
{
    /// <summary>The host: the principal and the host's officials.</summary>
    Host,

    /// <summary>The visiting partner's delegation.</summary>
    Partner,
}
