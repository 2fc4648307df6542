using System.Collections.ObjectModel;

namespace Liaison.Domain;

/// <summary>Checks and copies texts keyed by BCP 47 language tag (names and titles in several languages).</summary>
internal static class LanguageNames
{
    /// <summary>
    /// A read-only copy of <paramref name="texts"/> with normalised tags (see <see cref="LanguageTag.Normalise"/>),
    /// sorted by tag so that output built from it is stable.
    /// </summary>
    /// <param name="texts">Language tag to text.</param>
    /// <param name="what">What the texts are, for error messages, e.g. "Topic 'terrorism'".</param>
    /// <exception cref="ArgumentException">On an empty text or two tags that differ only in case.</exception>
    public static IReadOnlyDictionary<string, string> Copy(IReadOnlyDictionary<string, string> texts, string what)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var copy = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, text) in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException($"{what} has an empty text in language '{tag}'.", nameof(texts));
            }

            if (!copy.TryAdd(LanguageTag.Normalise(tag), text.Trim()))
            {
                throw new ArgumentException($"{what} gives language '{tag}' twice.", nameof(texts));
            }
        }

        return new ReadOnlyDictionary<string, string>(copy);
    }

    /// <summary>Whether two copies made by <see cref="Copy"/> hold the same tags and texts.</summary>
    public static bool SameAs(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var text) && text == pair.Value);
}
