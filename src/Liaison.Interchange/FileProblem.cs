namespace Liaison.Interchange;

/// <summary>One problem found in an input file, placed precisely enough for a person to fix it.</summary>
/// <param name="File">The file's path as the user gave it.</param>
/// <param name="Location">Where in the file: a JSON path such as <c>$.requests[3].invitees[0]</c> (or a sheet/row/column for workbooks).</param>
/// <param name="Message">What is wrong, e.g. "unknown participant 'del-xx'".</param>
/// <param name="Fix">What to do about it, e.g. "use the id of a principal or delegation listed in $.principals or $.delegations".</param>
public sealed record FileProblem(string File, string Location, string Message, string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Location}: {Message}. Fix: {Fix}.";
}
