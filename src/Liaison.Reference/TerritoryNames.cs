using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Liaison.Reference;

/// <summary>
/// Display names of countries (ISO 3166-1 alpha-2, "MA") and UN M49 regions (3 digits, "002") in
/// Arabic, English, Spanish and French, from the Unicode CLDR (cldr-localenames-full; version in
/// Data/README.md). Immutable and safe to share between threads.
/// </summary>
public sealed class TerritoryNames
{
    private static readonly Lazy<TerritoryNames> CldrNames = new(Load);

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> namesByLanguage;

    private TerritoryNames(
        FrozenDictionary<string, FrozenDictionary<string, string>> namesByLanguage,
        IReadOnlyList<string> countryCodes)
    {
        this.namesByLanguage = namesByLanguage;
        Languages = [.. namesByLanguage.Keys.Order(StringComparer.Ordinal)];
        CountryCodes = countryCodes;
    }

    /// <summary>The CLDR names embedded in this assembly, loaded on first use.</summary>
    public static TerritoryNames Cldr => CldrNames.Value;

    /// <summary>The languages with names, as lower-case ISO 639-1 codes in ordinal order: "ar", "en", "es", "fr".</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// Every ISO 3166-1 alpha-2 code in use (CLDR codeMappings with an ISO numeric code, neither
    /// deprecated nor user-assigned), upper case, in ordinal order; each has a name in every language.
    /// </summary>
    public IReadOnlyList<string> CountryCodes { get; }

    /// <summary>Finds the name of a country or region in a language.</summary>
    /// <param name="code">ISO 3166-1 alpha-2 ("MA", any case) or UN M49 3-digit code ("002").</param>
    /// <param name="language">A BCP 47 tag matched by its language subtag: "fr-CA" and "fr" both give French.</param>
    /// <param name="name">The CLDR name when found.</param>
    /// <returns>False when the code or the language is unknown.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public bool TryGetName(string code, string language, [NotNullWhen(true)] out string? name)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(language);
        name = null;
        return namesByLanguage.TryGetValue(LanguageSubtag(language), out var names)
            && names.TryGetValue(code, out name);
    }

    /// <summary>The name of a country or region in the culture's language ("fr-CA" gives French).</summary>
    /// <param name="code">ISO 3166-1 alpha-2 ("MA") or UN M49 3-digit code ("002").</param>
    /// <param name="culture">The reader's culture; its language subtag picks the names.</param>
    /// <exception cref="KeyNotFoundException">No name for this code in this language; the message names both.
    /// Callers treat it as a defect, not as a reason to show the code instead.</exception>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public string GetName(string code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return TryGetName(code, culture.Name, out var name)
            ? name
            : throw new KeyNotFoundException(
                $"CLDR has no name for territory code '{code}' in language '{culture.Name}'; " +
                $"known languages: {string.Join(", ", Languages)}.");
    }

    private static string LanguageSubtag(string tag)
    {
        var end = tag.IndexOfAny(['-', '_']);
        return (end < 0 ? tag : tag[..end]).ToLowerInvariant();
    }

    private static TerritoryNames Load()
    {
        var names = ReferenceData.Read<Dictionary<string, Dictionary<string, string>>>("territory-names.json")
            .ToFrozenDictionary(
                language => language.Key,
                language => language.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);
        var countryCodes = ReferenceData.IsoNumericByAlpha2().Keys.Order(StringComparer.Ordinal).ToArray();
        return new TerritoryNames(names, countryCodes);
    }
}
