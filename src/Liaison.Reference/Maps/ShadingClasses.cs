namespace Liaison.Reference.Maps;

/// <summary>
/// The five classes a <see cref="WorldMap"/> shades counts in: fixed breaks 1, 2, 3-4, 5-9 and 10 or
/// more, so a map of one event (mostly one or two meetings a partner) and a map of several years read
/// the same way, and the same count always gets the same colour. Fills are ColorBrewer's sequential
/// "Blues" (Cynthia Brewer, colorbrewer2.org, Apache License 2.0), the five darkest of its six-class
/// scheme: their lightness falls steadily, so the classes stay apart when printed in grey, and all
/// differ from the near-white used for no data.
/// </summary>
internal static class ShadingClasses
{
    /// <summary>The fill of countries without data (a count of 0 or none).</summary>
    public const string NoDataFill = "#f0f0f0";

    private static readonly int[] LowerBounds = [1, 2, 3, 5, 10];
    private static readonly string[] Fills = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

    /// <summary>The number of classes (5).</summary>
    public static int Count => LowerBounds.Length;

    /// <summary>The class (0 lightest .. 4 darkest) of a count, or null for no data (count below 1).</summary>
    public static int? ClassOf(int count)
    {
        var index = Array.FindLastIndex(LowerBounds, bound => count >= bound);
        return index < 0 ? null : index;
    }

    /// <summary>The fill colour of a count: a class colour, or <see cref="NoDataFill"/>.</summary>
    public static string FillOf(int count) => ClassOf(count) is { } index ? Fills[index] : NoDataFill;

    /// <summary>The fill colour of a class.</summary>
    public static string FillOfClass(int index) => Fills[index];

    /// <summary>The legend label of a class in the reader's number format: "1", "3–4", "≥ 10".</summary>
    public static string Label(int index, Func<int, string> formatNumber)
    {
        var lower = LowerBounds[index];
        if (index == LowerBounds.Length - 1)
        {
            return "≥ " + formatNumber(lower);
        }

        var upper = LowerBounds[index + 1] - 1;
        return upper == lower ? formatNumber(lower) : formatNumber(lower) + "–" + formatNumber(upper);
    }
}
