using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Topics;

namespace Liaison.Web.Topics;

/// <summary>The body that adds a topic to an event's taxonomy.</summary>
/// <param name="Code">Lower-case words joined by hyphens, at most 40 characters, e.g. <c>border-security</c>; unique in the taxonomy and never changed afterwards (records and agreements refer to it).</param>
/// <param name="Names">Names by language tag: <c>ar</c>, <c>en</c>, <c>es</c> and <c>fr</c> required; trimmed; none may be another topic's name in that language.</param>
public sealed record TopicInput(
    [property: Required] string Code,
    [property: Required] IReadOnlyDictionary<string, string> Names) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Topic.IsValidCode(Code ?? ""))
        {
            yield return new ValidationResult(
                $"'{Code}' is not a topic code; use lower-case words joined by hyphens, e.g. 'border-security', at most 40 characters.", [nameof(Code)]);
        }

        foreach (var missing in TopicNames.Missing(Names))
        {
            yield return missing;
        }
    }
}
