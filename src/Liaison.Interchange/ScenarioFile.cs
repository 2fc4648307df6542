using Liaison.Domain;

namespace Liaison.Interchange;

/// <summary>Reads and writes the scenario file (docs/scenario.md, docs/scenario.schema.json).</summary>
public static class ScenarioFile
{
    /// <summary>Reads and validates a scenario file.</summary>
    /// <param name="path">Path of a UTF-8 JSON file.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidFileException">With every problem found, each with its JSON path and fix.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static Scenario Read(string path) => throw new NotImplementedException("Contract only: the interchange helper writes this.");

    /// <summary>Parses and validates scenario JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">Name used in problems.</param>
    /// <exception cref="InvalidFileException">With every problem found.</exception>
    public static Scenario Parse(string json, string fileName) => throw new NotImplementedException("Contract only: the interchange helper writes this.");
}
