using Liaison.Domain;
using Liaison.Domain.Programmes;

namespace Liaison.Interchange;

/// <summary>Writes a programme as JSON, CSV (UTF-8 with BOM) and iCalendar (RFC 5545).</summary>
public static class ProgrammeFiles
{
    /// <summary>Writes <c>programme.json</c> (docs/programme.md).</summary>
    public static void WriteJson(Scenario scenario, Programme programme, ObjectiveReport objective, Stream output) => throw new NotImplementedException("Contract only.");

    /// <summary>Writes <c>programme.csv</c>: RFC 4180, UTF-8 with BOM, one row per meeting.</summary>
    public static void WriteCsv(Scenario scenario, Programme programme, Stream output) => throw new NotImplementedException("Contract only.");

    /// <summary>Writes <c>programme.ics</c>: one VEVENT per meeting with a stable UID, times in the event's zone.</summary>
    public static void WriteCalendar(Scenario scenario, Programme programme, Stream output) => throw new NotImplementedException("Contract only.");

    /// <summary>Reads a <c>programme.json</c> written by <see cref="WriteJson"/> back against its scenario.</summary>
    /// <exception cref="InvalidFileException">With every problem found.</exception>
    public static Programme ReadJson(Scenario scenario, string path) => throw new NotImplementedException("Contract only.");
}
