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
        return Describe(conflict.Changes, labels, culture);
    }

    /// <summary>
    /// The <paramref name="changes"/> whose stored value differs from the one the reader sent, labelled by
    /// <paramref name="labels"/> (whose keys are the stored properties' names). An instant is shown as its date and time
    /// in <paramref name="zone"/>, labelled with it.
    /// </summary>
    /// <param name="changes">The changes of a refused save (<see cref="ConcurrencyConflictException.Changes"/>), perhaps filtered.</param>
    /// <param name="labels">The form's strings.</param>
    /// <param name="culture">The reader's culture, for dates and numbers.</param>
    /// <param name="zone">The event's zone, for instants; <c>null</c> when the row holds none.</param>
    /// <param name="choiceName">The reader's name of an enum value of a property, e.g. a blocked time's kind; <c>null</c> shows the value's name.</param>
    /// <exception cref="KeyNotFoundException">Under the strict localizer, a changed property has no label.</exception>
    public static IReadOnlyList<StaleChange> Describe(IEnumerable<ConflictingValue> changes, IStringLocalizer labels, CultureInfo culture,
        DateTimeZone? zone = null, Func<string, Enum, string>? choiceName = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(labels);
        return changes
            .Select(c => (c.Property, Yours: Format(c.Property, c.Yours), Current: Format(c.Property, c.Current)))
            .Where(c => c.Yours != c.Current)
            .Select(c => new StaleChange(labels[c.Property], c.Current))
            .ToList();

        string Format(string property, object? value) => value switch
        {
            null => "–",
            string text => text,
            Enum choice when choiceName is not null => choiceName(property, choice),
            LocalDate date => EventTimeFormat.Date(date, culture),
            LocalTime time => EventTimeFormat.TimeOfDay(time, culture),
            Instant instant when zone is not null =>
                $"{EventTimeFormat.Date(instant.InZone(zone).Date, culture)} {EventTimeFormat.Time(instant, zone, culture)}",
            IEnumerable<KeyValuePair<string, string>> texts => string.Join("; ", texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}: {t.Value}")),
            IEnumerable items => string.Join(", ", items.Cast<object>().Select(item => Format(property, item))),
            _ => Convert.ToString(value, culture) ?? "",
        };
    }
}
