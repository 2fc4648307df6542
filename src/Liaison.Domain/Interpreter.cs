using NodaTime;

namespace Liaison.Domain;

/// <summary>An interpreter who can be assigned to meetings in the language pairs they work in.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Interpreter
{
    /// <summary>Creates an interpreter.</summary>
    /// <param name="id">Scenario-unique identifier.</param>
    /// <param name="name">Display name or role, e.g. "Interpreter AR/ES 1".</param>
    /// <param name="languagePairs">Pairs worked in; at least one.</param>
    /// <param name="availability">UTC intervals when available; empty means the whole event.</param>
    /// <exception cref="ArgumentException">On an empty id or name, or no language pair.</exception>
    public Interpreter(string id, string name, IEnumerable<LanguagePair> languagePairs, IEnumerable<Interval> availability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(languagePairs);
        ArgumentNullException.ThrowIfNull(availability);
        Id = id;
        Name = name;
        LanguagePairs = languagePairs.Distinct().ToList();
        Availability = availability.OrderBy(i => i.Start).ToList();
        if (LanguagePairs.Count == 0)
        {
            throw new ArgumentException($"Interpreter '{id}' needs at least one language pair.", nameof(languagePairs));
        }
    }

    /// <summary>Scenario-unique identifier.</summary>
    public string Id { get; }

    /// <summary>Display name or role.</summary>
    public string Name { get; }

    /// <summary>Language pairs worked in.</summary>
    public IReadOnlyList<LanguagePair> LanguagePairs { get; }

    /// <summary>UTC intervals when available, sorted by start; empty means the whole event.</summary>
    public IReadOnlyList<Interval> Availability { get; }

    /// <summary>Whether the interpreter works in any of <paramref name="acceptable"/>.</summary>
    /// <param name="acceptable">Pairs any one of which serves a meeting.</param>
    public bool CoversAny(IEnumerable<LanguagePair> acceptable) => acceptable.Any(LanguagePairs.Contains);

    /// <summary>Whether the interpreter is available for the whole of <paramref name="time"/>.</summary>
    /// <param name="time">A UTC interval.</param>
    public bool IsAvailable(Interval time) =>
        Availability.Count == 0 || Availability.Any(a => a.Start <= time.Start && time.End <= a.End);
}
