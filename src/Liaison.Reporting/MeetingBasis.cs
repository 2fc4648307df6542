namespace Liaison.Reporting;

/// <summary>What the report's meetings are counted from.</summary>
public enum MeetingBasis
{
    /// <summary>Meeting records: the meetings actually held.</summary>
    Held,

    /// <summary>No records yet: the accepted or scheduled meeting requests.</summary>
    Requested,
}
