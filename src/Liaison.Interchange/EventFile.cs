using System.Text.Json;
using Liaison.Domain;
using Liaison.Interchange.Events;
using Liaison.Interchange.Json;

namespace Liaison.Interchange;

/// <summary>
/// Reads and writes the event file: a scenario file grown with the optional sections <c>topics</c>, <c>records</c>,
/// <c>agreements</c> and <c>commitments</c>, and <c>names</c> on parties (docs/scenario.md, "Event file"), so that an
/// event exports and imports whole.
/// </summary>
/// <remarks>
/// Every scenario file is an event file with no records; <see cref="ScenarioFile.Read"/> reads event files and ignores
/// their own sections. Stateless and thread-safe.
/// </remarks>
public static class EventFile
{
    /// <summary>Reads and validates an event file.</summary>
    /// <param name="path">Path of a UTF-8 JSON file (a byte-order mark is allowed); problems name it as given.</param>
    /// <returns>The dossier; with the default topics when the file has no <c>topics</c> section.</returns>
    /// <exception cref="InvalidFileException">With every problem found, each with its JSON path and fix.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static EventDossier Read(string path)
    {
        var problems = new ProblemList(path);
        var json = Utf8File.Read(path, problems);
        problems.ThrowIfAny();
        return Parse(json!, path);
    }

    /// <summary>Parses and validates event file JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in problems.</param>
    /// <returns>The dossier; built only when no problem was found.</returns>
    /// <exception cref="InvalidFileException">
    /// With every problem found: a syntax error (one problem, with line and column), or every type, member, reference,
    /// time, range and lifecycle problem of the scenario and of the event file's sections, each with its JSON path and fix.
    /// </exception>
    public static EventDossier Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemList(fileName);
        using var document = JsonText.Parse(json, problems);
        problems.ThrowIfAny();
        return DossierReader.Read(document!.RootElement, problems);
    }

    /// <summary>
    /// Writes <paramref name="dossier"/> in format version 1, times event-local, the topics always written out;
    /// <see cref="Parse"/> of the result gives an equivalent dossier, unless records are marked withheld.
    /// </summary>
    /// <param name="dossier">The event.</param>
    /// <param name="output">Receives UTF-8 JSON without a byte-order mark; left open.</param>
    /// <param name="withheldRecords">
    /// Request ids whose record the caller stripped of summary and attendees because the reader may not see them; each
    /// such record is written with <c>"withheld": true</c>, which <see cref="Parse"/> refuses, so that the incomplete file
    /// is never imported as if it were whole (docs/scenario.md). <c>null</c> or empty: nothing withheld.
    /// </param>
    public static void Write(EventDossier dossier, Stream output, IReadOnlySet<string>? withheldRecords = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
        DossierWriter.Write(dossier, writer, withheldRecords ?? new HashSet<string>());
    }
}
