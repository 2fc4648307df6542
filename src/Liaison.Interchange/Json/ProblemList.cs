namespace Liaison.Interchange.Json;

/// <summary>Collects the problems found in one file, in the order they are found.</summary>
/// <remarks>Not thread-safe: one reader owns one list.</remarks>
internal sealed class ProblemList
{
    private readonly List<FileProblem> _problems = [];

    /// <summary>Creates an empty list for the file named <paramref name="file"/>.</summary>
    /// <param name="file">The file's path as the user gave it.</param>
    public ProblemList(string file) => File = file;

    /// <summary>The file's path as the user gave it.</summary>
    public string File { get; }

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _problems.Count > 0;

    /// <summary>How many problems were found so far.</summary>
    public int Count => _problems.Count;

    /// <summary>Records a problem.</summary>
    /// <param name="location">JSON path, e.g. <c>$.requests[3].invitees[0]</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="fix">What to do about it.</param>
    public void Add(string location, string message, string fix) => _problems.Add(new FileProblem(File, location, message, fix));

    /// <summary>Throws <see cref="InvalidFileException"/> carrying every problem, when there is any.</summary>
    /// <exception cref="InvalidFileException">When at least one problem was recorded.</exception>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InvalidFileException(_problems.ToList());
        }
    }
}
