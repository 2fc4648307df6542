using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Delegations;

/// <summary>The body that creates or edits a delegation.</summary>
/// <param name="ScenarioId">Id unique in the event (shared with principals), e.g. <c>del-no</c>.</param>
/// <param name="PartyCode">Code of a party of the event.</param>
/// <param name="HeadOfDelegation">Title (not a personal name).</param>
/// <param name="Languages">Working languages (BCP 47), at least one.</param>
/// <param name="Arrival">From when it can meet, with offset.</param>
/// <param name="Departure">Until when it can meet, with offset; after <paramref name="Arrival"/>.</param>
/// <param name="Version">For an edit: the version read (409 when it changed meanwhile). Ignored on create.</param>
public sealed record DelegationInput(
    [property: Required, StringLength(64, MinimumLength = 1)] string ScenarioId,
    [property: Required, StringLength(16, MinimumLength = 2)] string PartyCode,
    [property: Required, StringLength(200, MinimumLength = 1)] string HeadOfDelegation,
    [property: Required, MinLength(1)] IReadOnlyList<string> Languages,
    DateTimeOffset Arrival,
    DateTimeOffset Departure,
    int Version = 0) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Departure <= Arrival)
        {
            yield return new ValidationResult("The departure must be after the arrival.", [nameof(Departure)]);
        }
    }
}
