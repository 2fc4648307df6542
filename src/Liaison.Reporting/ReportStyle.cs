namespace Liaison.Reporting;

/// <summary>The report page's style sheet (Resources/report.css, embedded), inlined into every page.</summary>
internal static class ReportStyle
{
    /// <summary>The CSS text.</summary>
    public static string Css { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(ReportStyle).Assembly.GetManifestResourceStream("Liaison.Reporting.report.css")
            ?? throw new InvalidOperationException("The report's style sheet is missing from the assembly (Resources/report.css).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
