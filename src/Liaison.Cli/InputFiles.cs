using Liaison.Domain;
using Liaison.Interchange;

namespace Liaison.Cli;

/// <summary>Reads the files a command is given, turning every problem into a <see cref="BadInputException"/> with one line per problem.</summary>
internal static class InputFiles
{
    /// <summary>Reads a scenario file.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <exception cref="BadInputException">When the file is missing, unreadable or has problems.</exception>
    public static Scenario ReadScenario(string path) =>
        Read(path, "a scenario file", "check the path, e.g. samples/marrakech-2024/scenario.json from the repository root", ScenarioFile.Read);

    /// <summary>Reads <paramref name="path"/> with <paramref name="read"/>.</summary>
    /// <typeparam name="T">What the file holds.</typeparam>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="what">What the file should be, e.g. "a changes file".</param>
    /// <param name="fix">The fix when the path names no file or a folder, without the final full stop, e.g. "check the path, e.g. samples/marrakech-2024/changes.json from the repository root".</param>
    /// <param name="read">The reader; throws <see cref="InvalidFileException"/> on problems.</param>
    /// <exception cref="BadInputException">When the file is missing, unreadable or has problems.</exception>
    public static T Read<T>(string path, string what, string fix, Func<string, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!File.Exists(path))
        {
            throw new BadInputException(Directory.Exists(path)
                ? $"{path}: is a folder, not {what}. Fix: {fix}."
                : $"{path}: no such file. Fix: {fix}.");
        }

        try
        {
            return read(path);
        }
        catch (InvalidFileException invalid)
        {
            throw new BadInputException(invalid.Problems.Count > 0
                ? invalid.Problems.Select(p => p.ToString()).ToList()
                : [$"{path}: {invalid.Message}"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot be read ({e.Message}). Fix: check that the file exists and that you may read it.", e);
        }
    }
}
