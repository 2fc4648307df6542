using System.Text.Json;

namespace Liaison.Benchmarks.OwnBenchmark;

/// <summary>The JSON a child process writes for its <see cref="RunResult"/> (camelCase members, as the record's).</summary>
/// <remarks>Thread-safe.</remarks>
public static class RunResultJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/>, replacing the file.</summary>
    /// <param name="result">The result.</param>
    /// <param name="path">A file path.</param>
    public static void Write(RunResult result, string path) => File.WriteAllText(path, JsonSerializer.Serialize(result, Options));

    /// <summary>Reads a result written by <see cref="Write"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="JsonException">When the file is not such a result.</exception>
    /// <exception cref="IOException">When it cannot be read.</exception>
    public static RunResult Read(string path) =>
        JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), Options) ?? throw new JsonException($"{path} holds no result.");
}
