namespace Liaison.Domain;

/// <summary>
/// An unordered pair of languages an interpreter works between, e.g. Arabic–Spanish.
/// <c>ar-es</c> and <c>es-ar</c> are the same pair.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by the two normalised tags.</remarks>
public sealed record LanguagePair
{
    /// <summary>Creates a pair; the tags are normalised and stored in ordinal order.</summary>
    /// <param name="first">A BCP 47 tag.</param>
    /// <param name="second">Another BCP 47 tag.</param>
    /// <exception cref="ArgumentException">When the two tags are equal or empty.</exception>
    public LanguagePair(string first, string second)
    {
        var a = LanguageTag.Normalise(first);
        var b = LanguageTag.Normalise(second);
        if (a == b)
        {
            throw new ArgumentException($"A language pair needs two different languages, not '{a}' twice.", nameof(second));
        }

        (First, Second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    /// <summary>The tag that sorts first.</summary>
    public string First { get; }

    /// <summary>The tag that sorts second.</summary>
    public string Second { get; }

    /// <summary>Whether someone speaking <paramref name="language"/> is served by this pair.</summary>
    /// <param name="language">A normalised BCP 47 tag.</param>
    public bool Covers(string language) => First == language || Second == language;

    /// <summary>Parses <c>"ar-es"</c>-style text where each side is a primary language subtag.</summary>
    /// <param name="text">Two tags joined by <c>-</c> or <c>/</c>, e.g. <c>ar/es</c>.</param>
    /// <exception cref="FormatException">When the text is not two different tags.</exception>
    public static LanguagePair Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', '-');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace) || LanguageTag.Normalise(parts[0]) == LanguageTag.Normalise(parts[1]))
        {
            throw new FormatException($"'{text}' is not a language pair such as \"ar/es\".");
        }

        return new LanguagePair(parts[0], parts[1]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{First}/{Second}";
}
