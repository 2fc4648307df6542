using System.ComponentModel.DataAnnotations;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Accepts an empty value or a calendar date as <c>yyyy-MM-dd</c>, the value a browser's date field posts whatever the
/// reader's language. Forms keep dates as text rather than binding <see cref="DateOnly"/>, because form values bind in the
/// request's culture and an Arabic culture may read dates in another calendar.
/// </summary>
/// <remarks>
/// A <see cref="RegularExpressionAttribute"/> so that MVC's adapter localizes its <c>ErrorMessage</c> key like the
/// built-in attributes'; the pattern only states the shape, <see cref="IsValid"/> also refuses dates that do not exist.
/// </remarks>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IsoDateAttribute() : RegularExpressionAttribute(@"^\s*\d{4}-\d{2}-\d{2}\s*$")
{
    /// <inheritdoc />
    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || Parse(text) is not null;

    /// <summary>The date <paramref name="text"/> names, or <c>null</c> when it is empty or not a <c>yyyy-MM-dd</c> date.</summary>
    /// <param name="text">The posted text.</param>
    public static LocalDate? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed ? parsed.Value : null;

    /// <summary>The date as a date field's value (<c>yyyy-MM-dd</c>), or <c>null</c>.</summary>
    /// <param name="date">A date, or <c>null</c>.</param>
    public static string? Format(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
