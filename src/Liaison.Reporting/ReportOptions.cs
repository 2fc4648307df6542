using System.Globalization;

namespace Liaison.Reporting;

/// <summary>What an engagement report is built for.</summary>
/// <param name="Culture">The reader's language and formats: ar, en, es or fr (a specific culture such as fr-FR is accepted).</param>
/// <param name="Audience">Public or internal; decides which meetings are named.</param>
/// <param name="ConfidentialClearance">Whether the reader may see restricted content (summaries and attendees); ignored for the public audience, which never shows them.</param>
/// <param name="Scheme">How partners are grouped into regions.</param>
public sealed record ReportOptions(CultureInfo Culture, ReportAudience Audience, bool ConfidentialClearance, RegionScheme Scheme)
{
    /// <summary>The four languages the report is written in (INTERPOL's working languages).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ar", "en", "es", "fr"];

    /// <summary>The two-letter language of <see cref="Culture"/>, e.g. "ar".</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    /// <summary>Whether restricted content may be shown: internal audience with clearance.</summary>
    public bool ShowsRestricted => Audience == ReportAudience.Internal && ConfidentialClearance;
}
