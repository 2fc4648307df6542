using System.Text.Json;
using Liaison.Domain;
using Liaison.Interchange.Json;
using Liaison.Interchange.Scenarios;

namespace Liaison.Interchange;

/// <summary>Reads and writes the scenario file (docs/scenario.md, docs/scenario.schema.json).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScenarioFile
{
    /// <summary>Reads and validates a scenario file.</summary>
    /// <param name="path">Path of a UTF-8 JSON file (a byte-order mark is allowed); problems name it as given.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidFileException">With every problem found, each with its JSON path and fix; a file that is not UTF-8 gives one problem naming the first invalid byte's line and column.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static Scenario Read(string path)
    {
        var problems = new ProblemList(path);
        var json = Utf8File.Read(path, problems);
        problems.ThrowIfAny();
        return Parse(json!, path);
    }

    /// <summary>Parses and validates scenario JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in problems.</param>
    /// <returns>The scenario; built only when no problem was found.</returns>
    /// <exception cref="InvalidFileException">
    /// With every problem found: a syntax error (one problem, with line and column), or every
    /// type, member, reference, time and range problem, each with its JSON path and fix.
    /// </exception>
    public static Scenario Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemList(fileName);
        using var document = JsonText.Parse(json, problems);
        problems.ThrowIfAny();
        return ScenarioReader.Read(document!.RootElement, problems);
    }

    /// <summary>
    /// Writes <paramref name="scenario"/> in format version 1, times event-local, every optional
    /// member written out; <see cref="Parse"/> of the result gives an equivalent scenario.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="output">Receives UTF-8 JSON without a byte-order mark; left open.</param>
    public static void Write(Scenario scenario, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
        ScenarioWriter.Write(scenario, writer);
    }
}
