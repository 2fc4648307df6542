namespace Liaison.Interchange;

/// <summary>Thrown when an input file is rejected; carries every problem found, not only the first.</summary>
public sealed class InvalidFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidFileException(IReadOnlyList<FileProblem> problems)
        : base(problems is { Count: > 0 } ? $"{problems.Count} problem(s) in {problems[0].File}; first: {problems[0]}" : "Invalid file.")
        => Problems = problems;

    /// <summary>Creates the exception with no problems listed (for serialisers and analyzers).</summary>
    public InvalidFileException() : this([]) { }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public InvalidFileException(string message) : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidFileException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<FileProblem> Problems { get; }
}
