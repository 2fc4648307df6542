using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Liaison.Interchange.Json;

/// <summary>Parsing and writing options shared by Liaison's JSON files.</summary>
internal static class JsonText
{
    /// <summary>
    /// Indented output that people can read: Arabic and other non-ASCII text, and the <c>+</c> of an
    /// offset such as <c>+01:00</c>, are written as they are. The relaxed encoder is safe here because
    /// these are standalone files, never embedded in HTML or script; quotes and control characters
    /// are still escaped as JSON requires.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses strict JSON (no comments, no trailing commas).</summary>
    /// <returns>The document, or <c>null</c> after recording the syntax error with its line and column.</returns>
    public static JsonDocument? Parse(string json, ProblemList problems)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"{e.Path ?? "$"} (line {e.LineNumber + 1}, column {e.BytePositionInLine + 1})");
            problems.Add(place, $"the file is not valid JSON: {FirstSentence(e.Message)}",
                "correct the JSON syntax at that place (quotes around names and strings, commas between members, no trailing comma, no comments)");
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut < 0 ? message : message[..cut];
        var pathCut = text.IndexOf(" Path:", StringComparison.Ordinal);
        return (pathCut < 0 ? text : text[..pathCut]).TrimEnd('.', ' ');
    }
}
