using System.ComponentModel.DataAnnotations;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Common;
using Liaison.Web.Interpreters;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// The interpreter form's fields; the limits are <see cref="InterpreterInput"/>'s, the messages in
/// this form's resx. Availability is not edited here: an edit keeps the stored one.
/// </summary>
public sealed class InterpreterForm : IValidatableObject
{
    /// <summary>Id in scenario files, e.g. <c>int-1</c>; fixed once created.</summary>
    [Required(ErrorMessage = "IdRequired")]
    [StringLength(64, ErrorMessage = "IdTooLong")]
    [Display(Name = "ScenarioId")]
    public string ScenarioId { get; set; } = "";

    /// <summary>Name or label.</summary>
    [Required(ErrorMessage = "NameRequired")]
    [StringLength(200, ErrorMessage = "NameTooLong")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    /// <summary>Language pairs as typed, e.g. <c>ar/fr, ar/en</c>; each parsed by <see cref="LanguagePair.Parse"/>.</summary>
    [Required(ErrorMessage = "PairsRequired")]
    [Display(Name = "LanguagePairs")]
    public string LanguagePairs { get; set; } = "";

    /// <summary>The version read (0 for a new interpreter).</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored interpreter.</summary>
    /// <param name="interpreter">The interpreter.</param>
    public static InterpreterForm From(InterpreterEntity interpreter)
    {
        ArgumentNullException.ThrowIfNull(interpreter);
        return new()
        {
            ScenarioId = interpreter.ScenarioId, Name = interpreter.Name, LanguagePairs = string.Join(", ", interpreter.LanguagePairs),
            Version = interpreter.Version,
        };
    }

    /// <summary>The API's input for the shared change service.</summary>
    /// <param name="stored">The availability to keep: the stored one when editing, none for a new interpreter.</param>
    public InterpreterInput ToInput(IReadOnlyList<TimeRange> stored) => new(ScenarioId.Trim(), Name.Trim(), FormLists.Split(LanguagePairs), stored, Version);

    /// <summary>Each pair must be two different language tags joined by <c>/</c>; the message (key <c>PairInvalid</c>) names the first pair that is not.</summary>
    /// <param name="validationContext">Gives this form's localizer.</param>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var text = (IStringLocalizer<InterpreterForm>?)validationContext.GetService(typeof(IStringLocalizer<InterpreterForm>));
        return FormLists.Split(LanguagePairs).Where(pair => !IsPair(pair)).Take(1)
            .Select(pair => new ValidationResult(text?["PairInvalid", pair] ?? pair, [nameof(LanguagePairs)]));
    }

    private static bool IsPair(string text)
    {
        try
        {
            LanguagePair.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
