using System.Text.RegularExpressions;

namespace Liaison.Domain.Topics;

/// <summary>
/// A subject of cooperation from the event's managed taxonomy, e.g. <c>organised-crime</c>, named in
/// INTERPOL's four working languages.
/// </summary>
/// <remarks>Immutable and thread-safe. Meeting requests, records and agreements refer to topics by code.</remarks>
public sealed partial class Topic
{
    /// <summary>The languages every topic must be named in: Arabic, English, Spanish, French (INTERPOL's working languages).</summary>
    public static readonly IReadOnlyList<string> RequiredLanguages = ["ar", "en", "es", "fr"];

    /// <summary>Creates a topic.</summary>
    /// <param name="code">Lower-case words joined by hyphens, e.g. <c>cross-border-crime</c>; at most 40 characters.</param>
    /// <param name="names">Names by BCP 47 language tag; <see cref="RequiredLanguages"/> must all be present, others may be added.</param>
    /// <param name="retired">
    /// Whether the topic is retired: forms no longer offer it, while the records and agreements that name it keep it and
    /// reports still name it.
    /// </param>
    /// <exception cref="ArgumentException">On a badly shaped code, an empty name or a missing required language.</exception>
    public Topic(string code, IReadOnlyDictionary<string, string> names, bool retired = false)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"'{code}' is not a topic code (lower-case words joined by hyphens, e.g. 'cross-border-crime', at most 40 characters).", nameof(code));
        }

        Names = LanguageNames.Copy(names, $"Topic '{code}'");
        var missing = RequiredLanguages.Where(l => !Names.ContainsKey(l)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Topic '{code}' has no name in {string.Join(", ", missing)}; every topic is named in ar, en, es and fr.", nameof(names));
        }

        Code = code;
        Retired = retired;
    }

    /// <summary>The topic's code.</summary>
    public string Code { get; }

    /// <summary>Names by normalised language tag, sorted by tag; holds at least <see cref="RequiredLanguages"/>.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>Whether the topic is retired: kept where it is named, no longer offered for new use.</summary>
    public bool Retired { get; }

    /// <summary>The name in <paramref name="language"/>, or the English name when the topic has none in that language.</summary>
    /// <param name="language">A BCP 47 tag such as <c>ar</c>.</param>
    public string NameIn(string language) =>
        Names.TryGetValue(LanguageTag.Normalise(language), out var name) ? name : Names["en"];

    /// <summary>Whether <paramref name="code"/> has the shape of a topic code.</summary>
    /// <param name="code">Candidate code.</param>
    public static bool IsValidCode(string code) => code.Length <= 40 && CodeShape().IsMatch(code);

    /// <inheritdoc />
    public override string ToString() => Code;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
