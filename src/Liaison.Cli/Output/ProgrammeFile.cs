namespace Liaison.Cli.Output;

/// <summary>The names of the files <c>liaison plan</c> writes into its --out folder (docs/programme.md).</summary>
internal static class ProgrammeFile
{
    /// <summary>The programme as JSON, times ISO 8601 with offset.</summary>
    public const string Json = "programme.json";

    /// <summary>The programme as CSV, UTF-8 with BOM for Excel.</summary>
    public const string Csv = "programme.csv";

    /// <summary>The programme as iCalendar (RFC 5545), one VEVENT per meeting.</summary>
    public const string Calendar = "programme.ics";

    /// <summary>All three, in the order they are written.</summary>
    public static IReadOnlyList<string> All { get; } = [Json, Csv, Calendar];
}
