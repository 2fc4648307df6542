namespace Liaison.Cli;

/// <summary>
/// Input the command cannot use (a scenario with problems, a missing file, an unusable --out folder).
/// Each line is printed as it is; the command exits with <see cref="ExitCode.BadInput"/>.
/// </summary>
internal sealed class BadInputException : Exception
{
    /// <summary>Creates the exception with one line per problem, each in the form "file: place: what. Fix: how.".</summary>
    /// <param name="lines">At least one line.</param>
    public BadInputException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    /// <summary>Creates the exception with one line.</summary>
    /// <param name="line">What is wrong and how to fix it.</param>
    public BadInputException(string line) : this([line]) { }

    /// <summary>Creates the exception with one line and its cause.</summary>
    /// <param name="line">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public BadInputException(string line, Exception innerException)
        : base(line, innerException) => Lines = [line];

    /// <summary>The lines to print, one per problem.</summary>
    public IReadOnlyList<string> Lines { get; }
}
