using System.Text.RegularExpressions;

namespace Liaison.Domain;

/// <summary>
/// A country or an international organisation that delegations and agencies belong to.
/// </summary>
/// <remarks>
/// Countries are keyed by ISO 3166-1 alpha-2 codes (two upper-case letters); organisations by
/// a short code of two to twelve upper-case letters or digits starting with a letter (ISO 3166-1 exceptionally reserves UN and EU for such bodies); the kind tells the two apart.
/// Immutable and thread-safe.
/// </remarks>
public sealed partial record Party
{
    /// <summary>Creates a party.</summary>
    /// <param name="code">ISO 3166-1 alpha-2 code for a country; organisation short code otherwise.</param>
    /// <param name="kind">Country or organisation.</param>
    /// <param name="name">English display name.</param>
    /// <param name="region">The region the event's own grouping puts the party in (e.g. "Europe"), or <c>null</c> to use UN M49.</param>
    /// <param name="names">
    /// Names by BCP 47 language tag (e.g. <c>ar</c>, <c>fr</c>) for organisations, which CLDR does not name; countries
    /// usually leave this empty and take CLDR's names. <c>null</c> for none.
    /// </param>
    /// <exception cref="ArgumentException">When the code does not have the shape its kind requires, or a name is empty.</exception>
    public Party(string code, PartyKind kind, string name, string? region = null, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IsValidCode(code, kind))
        {
            throw new ArgumentException(kind == PartyKind.Country
                ? $"'{code}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)."
                : $"'{code}' is not an organisation code (2 to 12 upper-case letters or digits, starting with a letter).", nameof(code));
        }

        Code = code;
        Kind = kind;
        Name = name;
        Region = region;
        Names = LanguageNames.Copy(names ?? new Dictionary<string, string>(), $"Party '{code}'");
    }

    /// <summary>ISO 3166-1 alpha-2 code or organisation code.</summary>
    public string Code { get; }

    /// <summary>Country or organisation.</summary>
    public PartyKind Kind { get; }

    /// <summary>English display name.</summary>
    public string Name { get; }

    /// <summary>The event's own regional grouping for this party, or <c>null</c>.</summary>
    public string? Region { get; }

    /// <summary>Names by normalised language tag, sorted by tag; empty when the party relies on CLDR's names.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>Whether both parties have the same code, kind, name, region and names.</summary>
    /// <param name="other">The other party.</param>
    public bool Equals(Party? other) =>
        other is not null && Code == other.Code && Kind == other.Kind && Name == other.Name && Region == other.Region
        && LanguageNames.SameAs(Names, other.Names);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Kind, Name, Region, Names.Count);

    /// <summary>Whether <paramref name="code"/> has the shape that <paramref name="kind"/> requires.</summary>
    /// <param name="code">Candidate code.</param>
    /// <param name="kind">The party kind.</param>
    public static bool IsValidCode(string code, PartyKind kind) =>
        kind == PartyKind.Country ? CountryCode().IsMatch(code) : OrganisationCode().IsMatch(code);

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationCode();
}
