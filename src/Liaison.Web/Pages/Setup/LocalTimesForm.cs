using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Web.Pages.Setup;

/// <summary>
/// An event-local date with a start and an end time, as the browser's date and time inputs send them
/// (<c>2025-02-23</c>, <c>09:30</c>): read with invariant ISO patterns, so the reader's language
/// (Arabic, say) never changes how they are understood. The derived form's resx holds the labels and
/// the messages <c>DateRequired</c>, <c>StartRequired</c>, <c>EndRequired</c>, <c>DateInvalid</c>, <c>TimeInvalid</c>.
/// </summary>
public abstract class LocalTimesForm : IValidatableObject
{
    private static readonly LocalTimePattern[] TimePatterns = [LocalTimePattern.CreateWithInvariantCulture("HH:mm"), LocalTimePattern.ExtendedIso];

    /// <summary>The event-local date, <c>YYYY-MM-DD</c>.</summary>
    [Required(ErrorMessage = "DateRequired")]
    [Display(Name = "Date")]
    public string Date { get; set; } = "";

    /// <summary>The event-local start, <c>HH:mm</c>.</summary>
    [Required(ErrorMessage = "StartRequired")]
    [Display(Name = "Start")]
    public string Start { get; set; } = "";

    /// <summary>The event-local end, <c>HH:mm</c> (exclusive).</summary>
    [Required(ErrorMessage = "EndRequired")]
    [Display(Name = "End")]
    public string End { get; set; } = "";

    /// <summary>The date read (call on a valid form; a method, so that validation never reads it).</summary>
    /// <exception cref="UnparsableValueException">The form was not validated.</exception>
    public LocalDate ReadDate() => LocalDatePattern.Iso.Parse(Date).Value;

    /// <summary>The start read (call on a valid form).</summary>
    /// <exception cref="UnparsableValueException">The form was not validated.</exception>
    public LocalTime ReadStart() => ParseTime(Start).Value;

    /// <summary>The end read (call on a valid form).</summary>
    /// <exception cref="UnparsableValueException">The form was not validated.</exception>
    public LocalTime ReadEnd() => ParseTime(End).Value;

    /// <summary>A date that is no ISO date, or a time that is no <c>HH:mm</c>, is reported beside its field.</summary>
    /// <param name="validationContext">Gives the derived form's localizer.</param>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var text = (IStringLocalizerFactory?)validationContext.GetService(typeof(IStringLocalizerFactory));
        var localizer = text?.Create(GetType());
        if (!string.IsNullOrEmpty(Date) && !LocalDatePattern.Iso.Parse(Date).Success)
        {
            yield return new ValidationResult(localizer?["DateInvalid"] ?? "DateInvalid", [nameof(Date)]);
        }

        foreach (var (field, value) in new[] { (nameof(Start), Start), (nameof(End), End) })
        {
            if (!string.IsNullOrEmpty(value) && !ParseTime(value).Success)
            {
                yield return new ValidationResult(localizer?["TimeInvalid"] ?? "TimeInvalid", [field]);
            }
        }
    }

    /// <summary>The local date and time of <paramref name="time"/> on the form's date.</summary>
    /// <param name="time">The form's start or end.</param>
    public LocalDateTime On(LocalTime time) => ReadDate() + time;

    /// <summary>Fills the three fields from stored values, written as the browser's inputs expect them.</summary>
    /// <param name="date">The date.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    protected void Fill(LocalDate date, LocalTime start, LocalTime end)
    {
        Date = LocalDatePattern.Iso.Format(date);
        Start = TimePatterns[0].Format(start);
        End = TimePatterns[0].Format(end);
    }

    private static ParseResult<LocalTime> ParseTime(string text) =>
        TimePatterns.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success) ?? TimePatterns[0].Parse(text);
}
