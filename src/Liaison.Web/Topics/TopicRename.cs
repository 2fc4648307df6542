using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Topics;

/// <summary>The body that renames a topic; its code stays.</summary>
/// <param name="Names">The new names by language tag: <c>ar</c>, <c>en</c>, <c>es</c> and <c>fr</c> required; trimmed; none may be another topic's name in that language.</param>
/// <param name="Version">The version read (409 when the topic changed meanwhile).</param>
public sealed record TopicRename(
    [property: Required] IReadOnlyDictionary<string, string> Names,
    int Version) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => TopicNames.Missing(Names);
}
