using System.Globalization;
using System.Text.Json;

namespace Liaison.Interchange.Json;

/// <summary>
/// Finds members given twice in the same object anywhere in a document, free-form objects included.
/// JSON parsers keep one of the two values silently (RFC 8259 §4 leaves it open), so the author's
/// intent is unknown and each repetition is reported.
/// </summary>
internal static class RepeatedMembers
{
    /// <summary>Records one problem per repeated member, at the member's JSON path.</summary>
    /// <param name="element">The value to walk.</param>
    /// <param name="path">Its JSON path, e.g. <c>$</c>.</param>
    /// <param name="problems">Receives the problems.</param>
    public static void Report(JsonElement element, string path, ProblemList problems)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Report(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), problems);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            if (!seen.Add(member.Name))
            {
                problems.Add(memberPath, $"member '{member.Name}' is given twice", "keep one of them");
                continue;
            }

            Report(member.Value, memberPath, problems);
        }
    }
}
