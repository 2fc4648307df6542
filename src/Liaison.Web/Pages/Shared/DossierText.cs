using System.Globalization;
using Liaison.Domain;
using Liaison.Web.Localization;

namespace Liaison.Web.Pages.Shared;

/// <summary>
/// Names and titles of an event's follow-up in the reader's language: a party's name by
/// <see cref="PartyDisplayName"/>'s rule, an agreement's title in the reader's
/// language when that language is authentic, else in its first authentic language.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
public static class DossierText
{
    /// <summary>The name of the party with <paramref name="code"/> for a reader of <paramref name="culture"/>; the code itself when the event has no such party.</summary>
    /// <param name="scenario">The event's scenario.</param>
    /// <param name="code">An ISO 3166-1 alpha-2 code or an organisation's code.</param>
    /// <param name="culture">The reader's culture.</param>
    public static string PartyName(Scenario scenario, string code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(culture);
        var party = scenario.Parties.FirstOrDefault(p => p.Code == code);
        if (party is null)
        {
            return code;
        }

        return PartyDisplayName.Of(party.Kind, party.Code, party.Name, party.Names, culture);
    }

    /// <summary>
    /// The text in the reader's language when there is one, else the first given, with its language (for the
    /// <c>lang</c> attribute); <c>("", "")</c> when there is none.
    /// </summary>
    /// <param name="texts">Texts keyed by language ("ar", "en", "es", "fr").</param>
    /// <param name="culture">The reader's culture.</param>
    public static (string Text, string Language) InReaderLanguage(IReadOnlyDictionary<string, string> texts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(culture);
        var language = culture.TwoLetterISOLanguageName;
        if (texts.TryGetValue(language, out var text))
        {
            return (text, language);
        }

        return texts.Count == 0 ? ("", "") : texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Value, t.Key)).First();
    }
}
