using System.Globalization;
using Liaison.Data.Entities;
using Liaison.Web.Localization;
using Liaison.Web.Pages.Shared;

namespace Liaison.Web.Pages.Delegations;

/// <summary>One delegation as the delegations list shows it.</summary>
/// <param name="Delegation">The delegation, its party loaded.</param>
/// <param name="PartyName">The party's name in the reader's language.</param>
/// <param name="RegionKey">The region key (<see cref="PartyRegions.RegionKey"/>).</param>
/// <param name="RequestStatuses">The statuses of the requests it made, one entry per request.</param>
public sealed record DelegationRow(DelegationEntity Delegation, string PartyName, string RegionKey, IReadOnlyList<RequestStatus> RequestStatuses)
{
    /// <summary>The row for a delegation.</summary>
    /// <param name="delegation">The delegation, its party loaded.</param>
    /// <param name="statuses">The statuses of its requests.</param>
    /// <param name="culture">The reader's culture.</param>
    public static DelegationRow Of(DelegationEntity delegation, IReadOnlyList<RequestStatus> statuses, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        var party = delegation.Party ?? throw new ArgumentException("The delegation's party is not loaded.", nameof(delegation));
        return new DelegationRow(delegation, ParticipantNames.PartyName(party, culture)!, PartyRegions.RegionKey(party), statuses);
    }
}
