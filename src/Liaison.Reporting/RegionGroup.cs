namespace Liaison.Reporting;

/// <summary>A region of the report's scheme and the partners named in it, most meetings first.</summary>
/// <param name="Name">The region's name in the report's language.</param>
/// <param name="Partners">The named partners, at least one.</param>
public sealed record RegionGroup(string Name, IReadOnlyList<ReportPartner> Partners)
{
    /// <summary>Meetings with the named partners of this region.</summary>
    public int Meetings => Partners.Sum(p => p.Meetings);
}
