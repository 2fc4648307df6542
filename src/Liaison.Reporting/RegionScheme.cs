namespace Liaison.Reporting;

/// <summary>How an engagement report groups partners into regions.</summary>
public enum RegionScheme
{
    /// <summary>UN M49 regions (Africa, Americas, Asia, Europe, Oceania); organisations form a group of their own.</summary>
    M49,

    /// <summary>The event's own grouping (each party's <c>Region</c>); a party without one falls back to M49.</summary>
    Event,
}
