using System.ComponentModel.DataAnnotations;
using Liaison.Domain;
using Liaison.Web.Common;

namespace Liaison.Web.Interpreters;

/// <summary>The body that creates or edits an interpreter.</summary>
/// <param name="ScenarioId">Id unique among the event's interpreters; cannot change once created.</param>
/// <param name="Name">Name or label.</param>
/// <param name="LanguagePairs">Pairs served, each two BCP 47 primary tags joined by <c>/</c>, e.g. <c>ar/fr</c>; at least one.</param>
/// <param name="Availability">When the interpreter can work; empty for the whole event.</param>
/// <param name="Version">For an edit: the version read (409 when it changed meanwhile). Ignored on create.</param>
public sealed record InterpreterInput(
    [property: Required, StringLength(64, MinimumLength = 1)] string ScenarioId,
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: Required, MinLength(1)] IReadOnlyList<string> LanguagePairs,
    IReadOnlyList<TimeRange>? Availability,
    int Version = 0) : IValidatableObject
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var pair in LanguagePairs ?? [])
        {
            string? problem = null;
            try
            {
                LanguagePair.Parse(pair);
            }
            catch (FormatException e)
            {
                problem = e.Message;
            }

            if (problem is not null)
            {
                yield return new ValidationResult(problem, [nameof(LanguagePairs)]);
            }
        }

        if (Availability?.Any(r => r.End <= r.Start) == true)
        {
            yield return new ValidationResult("Each availability must end after it starts.", [nameof(Availability)]);
        }
    }
}
