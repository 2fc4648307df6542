using System.Text;
using Liaison.Domain;
using Liaison.Domain.Changes;
using Liaison.Interchange.Json;

namespace Liaison.Interchange.Changes;

/// <summary>
/// Reads a changes file (docs/changes.md, docs/changes.schema.json): the cancellations, late arrivals, early
/// departures, lost rooms and interpreters, new engagements of principals and new requests that have come
/// in since a scenario's programme was planned. Times are event-local in the scenario's zone.
/// </summary>
/// <remarks>Thread-safe: every call has its own state.</remarks>
public static class ChangesFile
{
    /// <summary>The format version this reader accepts.</summary>
    public const int FormatVersion = ChangesReader.FormatVersion;

    /// <summary>Reads the changes in <paramref name="path"/> to <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario the programme in force was planned for.</param>
    /// <param name="path">The changes file (UTF-8 JSON).</param>
    /// <returns>The changes in file order, ready for <see cref="ScenarioChanges.Apply"/>.</returns>
    /// <exception cref="InvalidFileException">With every problem found (file, JSON path, what, fix).</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static IReadOnlyList<ScenarioChange> Read(Scenario scenario, string path) =>
        Parse(scenario, File.ReadAllText(path, Encoding.UTF8), path);

    /// <summary>Reads changes from JSON text.</summary>
    /// <param name="scenario">The scenario the changes refer to.</param>
    /// <param name="json">The file's content.</param>
    /// <param name="fileName">The name used in problem reports.</param>
    /// <returns>The changes in file order.</returns>
    /// <exception cref="InvalidFileException">With every problem found.</exception>
    public static IReadOnlyList<ScenarioChange> Parse(Scenario scenario, string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemList(fileName);
        using var document = JsonText.Parse(json, problems);
        problems.ThrowIfAny();
        var changes = new ChangesReader(scenario, problems).Read(new JsonItem(document!.RootElement, "$"));
        problems.ThrowIfAny();
        return changes;
    }
}
