namespace Liaison.Reporting;

/// <summary>How many meetings the report counts and how many of them it may not name.</summary>
/// <param name="Total">Every meeting of the event, named or not.</param>
/// <param name="Basis">Whether they are held meetings (records) or accepted and scheduled requests.</param>
/// <param name="Unnamed">Meetings counted but not named: confidential ones in the public report, otherwise 0.</param>
public sealed record MeetingTally(int Total, MeetingBasis Basis, int Unnamed)
{
    /// <summary>Meetings the report names.</summary>
    public int Named => Total - Unnamed;
}
