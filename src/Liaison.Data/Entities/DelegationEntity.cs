using NodaTime;

namespace Liaison.Data.Entities;

/// <summary>A visiting delegation; liaison officers are bound to one (<see cref="LiaisonUser.DelegationId"/>).</summary>
public sealed class DelegationEntity : ParticipantEntity
{
    /// <summary>The party represented.</summary>
    public Guid PartyId { get; set; }

    /// <summary>The party row.</summary>
    public PartyEntity? Party { get; set; }

    /// <summary>The agency it comes from, if named.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>The agency row.</summary>
    public AgencyEntity? Agency { get; set; }

    /// <summary>Title of the head of delegation.</summary>
    public string HeadOfDelegation { get; set; } = "";

    /// <summary>UTC instant of arrival.</summary>
    public Instant Arrival { get; set; }

    /// <summary>UTC instant of departure.</summary>
    public Instant Departure { get; set; }
}
