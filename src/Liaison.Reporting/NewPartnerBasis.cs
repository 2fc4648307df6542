namespace Liaison.Reporting;

/// <summary>What "new partner" was judged against.</summary>
public enum NewPartnerBasis
{
    /// <summary>Earlier events' dossiers were given: a partner is new when none of them has a meeting or agreement with it.</summary>
    EarlierEvents,

    /// <summary>Only this event was given, so every partner counts as new; the report says so.</summary>
    SingleEvent,
}
