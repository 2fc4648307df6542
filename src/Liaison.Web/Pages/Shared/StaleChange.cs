using System.Collections;
using System.Globalization;
using Liaison.Data;
using Liaison.Web.Localization;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// One field someone else saved while the reader was editing, as a stale form shows it: the field's label and the value
/// stored now, so the reader sees what changed before entering their edit again (nothing of theirs was written).
/// </summary>
/// <param name="Label">The field's label in the reader's language.</param>
/// <param name="Current">The value stored now, formatted for the reader.</param>
public sealed record StaleChange(string Label, string Current)
{
    /// <summary>
    /// The fields of <paramref name="conflict"/> whose stored value differs from the one the reader sent, labelled by
    /// <paramref name="labels"/> (whose keys are the stored properties' names).
    /// </summary>
    /// <param name="conflict">The refused save.</param>
    /// <param name="labels">The form's strings.</param>
    /// <param name="culture">The reader's culture, for dates and numbers.</param>
    public static IReadOnlyList<StaleChange> Describe(ConcurrencyConflictException conflict, IStringLocalizer labels, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ArgumentNullException.ThrowIfNull(labels);
        return conflict.Changes
            .Select(c => (c.Property, Yours: Format(c.Yours, culture), Current: Format(c.Current, culture)))
            .Where(c => c.Yours != c.Current)
            .Select(c => new StaleChange(labels[c.Property], c.Current))
            .ToList();
    }

    private static string Format(object? value, CultureInfo culture) => value switch
    {
        null => "–",
        string text => text,
        LocalDate date => EventTimeFormat.Date(date, culture),
        IEnumerable<KeyValuePair<string, string>> texts => string.Join("; ", texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}: {t.Value}")),
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(item => Format(item, culture))),
        _ => Convert.ToString(value, culture) ?? "",
    };
}
