using System.ComponentModel.DataAnnotations;
using Liaison.Data;

namespace Liaison.Web.Users;

/// <summary>The body that creates a user or changes its role and binding.</summary>
/// <param name="UserName">User name (ignored on an edit).</param>
/// <param name="Role">One of <see cref="LiaisonRoles.All"/>.</param>
/// <param name="DelegationId">Required for a liaison officer: the delegation it acts for; otherwise must be empty.</param>
/// <param name="ConfidentialClearance">Whether confidential meeting content is visible to the user.</param>
public sealed record UserInput(
    [property: Required, StringLength(64, MinimumLength = 3)] string UserName,
    [property: Required] string Role,
    Guid? DelegationId,
    bool ConfidentialClearance) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!LiaisonRoles.All.Contains(Role, StringComparer.Ordinal))
        {
            yield return new ValidationResult($"The role must be one of {string.Join(", ", LiaisonRoles.All)}.", [nameof(Role)]);
        }
        else if ((Role == LiaisonRoles.LiaisonOfficer) != DelegationId.HasValue)
        {
            yield return new ValidationResult("A liaison officer, and only a liaison officer, is bound to a delegation.", [nameof(DelegationId)]);
        }
    }
}
