namespace Liaison.Domain;

/// <summary>BCP 47 language tags as Liaison stores them.</summary>
public static class LanguageTag
{
    /// <summary>
    /// Normalises a tag for comparison: trimmed and lower-case (BCP 47 tags are case-insensitive).
    /// </summary>
    /// <param name="tag">A tag such as <c>AR</c> or <c>fr-FR</c>.</param>
    /// <returns>The tag in lower case, e.g. <c>ar</c>, <c>fr-fr</c>.</returns>
    /// <exception cref="ArgumentException">On an empty tag.</exception>
    public static string Normalise(string tag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        return tag.Trim().ToLowerInvariant();
    }
}
