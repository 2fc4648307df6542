using Microsoft.AspNetCore.Identity;

namespace Liaison.Data;

/// <summary>A person who signs in to Liaison; roles are in <see cref="LiaisonRoles"/>.</summary>
public sealed class LiaisonUser : IdentityUser
{
    /// <summary>For a liaison officer: the <see cref="Entities.DelegationEntity"/> the user acts for; otherwise <c>null</c>.</summary>
    public Guid? DelegationId { get; set; }

    /// <summary>For an analyst: whether the user may read confidential meeting content.</summary>
    public bool ConfidentialClearance { get; set; }
}
