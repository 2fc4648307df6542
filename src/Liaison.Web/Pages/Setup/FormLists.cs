namespace Liaison.Web.Pages.Setup;

/// <summary>Lists typed into one text box (languages, language pairs): items separated by commas, semicolons or spaces.</summary>
public static class FormLists
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\n', '\r', '،'];

    /// <summary>The items, trimmed, lower-cased (BCP 47 tags compare case-insensitively), without empties or repeats.</summary>
    /// <param name="text">The text typed; <c>null</c> gives an empty list.</param>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
}
