namespace Liaison.Reporting.Charts;

/// <summary>One bar of a <see cref="BarChart"/>.</summary>
/// <param name="Label">What the bar counts, in the report's language (drawn as text above the bar).</param>
/// <param name="Value">The count; zero or more.</param>
/// <param name="ValueText">The count as the reader's culture writes it (drawn as text beside the bar).</param>
public sealed record ChartBar(string Label, int Value, string ValueText);
