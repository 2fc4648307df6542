using System.Globalization;
using System.Resources;
using NodaTime;
using NodaTime.Text;

namespace Liaison.Reporting;

/// <summary>
/// The report's words, numbers and dates in one language: labels from Resources/ReportText.resx
/// (English) and its ar, es and fr satellites; numbers and dates formatted with the culture.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportText
{
    private static readonly ResourceManager Labels = new("Liaison.Reporting.Resources.ReportText", typeof(ReportText).Assembly);

    private readonly LocalDatePattern _date;
    private readonly LocalTimePattern _time;

    /// <summary>Creates the report's text for <paramref name="culture"/>.</summary>
    /// <param name="culture">The reader's culture; a language without a translation falls back to English.</param>
    public ReportText(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
        _date = LocalDatePattern.Create("D", culture);
        _time = LocalTimePattern.Create("HH:mm", culture);
    }

    /// <summary>The culture the text is written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether the language is written right to left (Arabic).</summary>
    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    /// <summary>The label <paramref name="key"/> in the culture's language.</summary>
    /// <param name="key">A name in ReportText.resx, e.g. "ReportTitle".</param>
    /// <exception cref="KeyNotFoundException">When no such label exists (a defect, caught by the tests).</exception>
    public string this[string key] =>
        Labels.GetString(key, Culture) ?? throw new KeyNotFoundException($"The report has no label '{key}' (Resources/ReportText.resx).");

    /// <summary>The label <paramref name="key"/> with its placeholders filled, formatted with the culture.</summary>
    /// <param name="key">A name in ReportText.resx whose value has placeholders {0}, {1}...</param>
    /// <param name="values">The values for the placeholders.</param>
    public string Format(string key, params object[] values) => string.Format(Culture, this[key], values);

    /// <summary>A count with the culture's digit grouping.</summary>
    /// <param name="value">The count.</param>
    public string Number(int value) => value.ToString("N0", Culture);

    /// <summary>A date in the culture's long form, e.g. "Sunday, 24 November 2024".</summary>
    /// <param name="date">An event-local date.</param>
    public string Date(LocalDate date) => _date.Format(date);

    /// <summary>A date and a 24-hour time, e.g. "Sunday, 24 November 2024 10:30".</summary>
    /// <param name="start">An event-local date and time.</param>
    public string DateTime(LocalDateTime start) => $"{_date.Format(start.Date)} {_time.Format(start.TimeOfDay)}";
}
