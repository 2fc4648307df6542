namespace Liaison.Reporting;

/// <summary>Who an engagement report is for, which decides what it may name.</summary>
public enum ReportAudience
{
    /// <summary>The public summary: only meetings whose publicity is public are named; the others are counted.</summary>
    Public,

    /// <summary>Leadership and analysts: every meeting is named; restricted content only for cleared readers.</summary>
    Internal,
}
