using System.Text.Json;
using Liaison.Domain;
using Liaison.Domain.Programmes;
using Liaison.Interchange.Json;
using Liaison.Interchange.Programmes;
using NodaTime;

namespace Liaison.Interchange;

/// <summary>
/// Writes a programme as JSON (docs/programme.md), CSV (UTF-8 with BOM) and iCalendar (RFC 5545),
/// and reads the JSON back. Every output is deterministic: the same scenario and programme give
/// the same bytes, and no clock is read.
/// </summary>
/// <remarks>
/// The writers expect a programme planned from the scenario passed with it: every
/// request, room, participant and interpreter a meeting names must exist in the scenario, or a
/// <see cref="KeyNotFoundException"/> is thrown. Output streams are left open. Stateless and thread-safe.
/// </remarks>
public static class ProgrammeFiles
{
    /// <summary>
    /// Writes <c>programme.json</c>: the event, its zone, the counts, every meeting in start order
    /// with event-local start and end carrying their UTC offset (e.g. <c>2024-11-25T10:00:00+01:00</c>),
    /// every unplaced request with its reason, and the objective (docs/programme.md).
    /// </summary>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="objective">The solver's objective, bound and optimality.</param>
    /// <param name="output">Receives UTF-8 JSON without a byte-order mark.</param>
    /// <exception cref="KeyNotFoundException">When a meeting names something the scenario lacks.</exception>
    public static void WriteJson(Scenario scenario, Programme programme, ObjectiveReport objective, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(objective);
        using var writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
        ProgrammeJsonWriter.Write(scenario, programme, objective, writer);
    }

    /// <summary>
    /// Writes <c>programme.csv</c>: RFC 4180, UTF-8 with BOM (Excel keeps Arabic intact), one row per
    /// meeting in start order; columns Date, Start, End (event-local), UTC offset, Time zone, Request id,
    /// Requested by, Counterpart codes, Counterpart names, Invitees, Room, Interpreters, Topics,
    /// Publicity, Signing. Several values in a cell are joined by "; ".
    /// </summary>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="output">Receives the file.</param>
    /// <exception cref="KeyNotFoundException">When a meeting names something the scenario lacks.</exception>
    public static void WriteCsv(Scenario scenario, Programme programme, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(programme);
        ProgrammeCsvWriter.Write(scenario, programme, output);
    }

    /// <summary>
    /// Writes <c>programme.ics</c>: one VEVENT per meeting with UID <c>{requestId}.{event-name-slug}@liaison</c>
    /// (stable across writes), DTSTART/DTEND with the TZID of the event's zone and a VTIMEZONE for it,
    /// SUMMARY (counterparts and principals), LOCATION (room), DESCRIPTION (topics, interpreters) and
    /// CLASS (PUBLIC or CONFIDENTIAL).
    /// </summary>
    /// <param name="scenario">The scenario planned.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="output">Receives UTF-8 text.</param>
    /// <param name="stamp">
    /// DTSTAMP of every VEVENT (UTC). When <c>null</c>, the start of the event's first working day, so
    /// that the file does not change between two writes of the same programme.
    /// </param>
    /// <exception cref="KeyNotFoundException">When a meeting names something the scenario lacks.</exception>
    public static void WriteCalendar(Scenario scenario, Programme programme, Stream output, Instant? stamp = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(output);
        ProgrammeCalendarWriter.Write(scenario, programme, stamp ?? scenario.Event.Span.Start, output);
    }

    /// <summary>Reads a <c>programme.json</c> written by <see cref="WriteJson"/> back against its scenario.</summary>
    /// <param name="scenario">The scenario the programme was planned from.</param>
    /// <param name="path">Path of the file; problems name it as given.</param>
    /// <returns>The programme, meetings in start order.</returns>
    /// <exception cref="InvalidFileException">With every problem found; a file that is not UTF-8 gives one problem naming the first invalid byte's line and column.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static Programme ReadJson(Scenario scenario, string path)
    {
        var problems = new ProblemList(path);
        var json = Utf8File.Read(path, problems);
        problems.ThrowIfAny();
        return ParseJson(scenario, json!, path);
    }

    /// <summary>Parses programme JSON text against its scenario.</summary>
    /// <param name="scenario">The scenario the programme was planned from.</param>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in problems.</param>
    /// <returns>The programme, meetings in start order.</returns>
    /// <exception cref="InvalidFileException">
    /// With every problem found, each with its JSON path: syntax, unknown or repeated request, unknown
    /// room, participant or interpreter, malformed times, an offset that is not the zone's, a length
    /// that is not the request's duration.
    /// </exception>
    public static Programme ParseJson(Scenario scenario, string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemList(fileName);
        using var document = JsonText.Parse(json, problems);
        problems.ThrowIfAny();
        return ProgrammeJsonReader.Read(scenario, document!.RootElement, problems);
    }
}
