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

    /// <summary>Parses strict JSON (no comments, no trailing commas) and reports every member given twice in one object.</summary>
    /// <returns>The document, or <c>null</c> after recording the syntax error with its line and column.</returns>
    public static JsonDocument? Parse(string json, ProblemList problems)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            RepeatedMembers.Report(document.RootElement, "$", problems);
            return document;
        }
        catch (JsonException e)
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"{e.Path ?? "$"} (line {e.LineNumber + 1}, column {e.BytePositionInLine + 1})");
            problems.Add(place, $"the file is not valid JSON: {Explain(e.Message)}",
                "correct the JSON syntax at that place (quotes around names and strings, commas between members, no trailing comma, no comments)");
            return null;
        }
    }

    /// <summary>
    /// Puts the common System.Text.Json syntax errors in plain words; the messages matched are those
    /// of System.Text.Json's resource strings (e.g. ExpectedStartOfPropertyNotFound, TrailingCommaNotAllowed...).
    /// Any other message keeps its first sentence.
    /// </summary>
    private static string Explain(string message)
    {
        var text = FirstSentence(message);
        return text switch
        {
            _ when text.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal) => "the file is empty",
            _ when text.Contains("trailing comma", StringComparison.Ordinal) => "a trailing comma after the last member or element",
            _ when text.StartsWith("'/' is", StringComparison.Ordinal) => "a comment (JSON does not allow comments)",
            _ when text.Contains("is an invalid start of a property name", StringComparison.Ordinal) => "a member name without double quotes",
            _ when text.StartsWith("'\"' is invalid after a value", StringComparison.Ordinal)
                || text.StartsWith("'\"' is invalid after a property", StringComparison.Ordinal) => "a missing comma between members or elements",
            _ when text.StartsWith("Expected end of string", StringComparison.Ordinal) => "a string that is never closed (a missing closing double quote)",
            _ when text.StartsWith("Expected depth to be zero", StringComparison.Ordinal) => "an object or list that is never closed (a missing } or ])",
            _ => text,
        };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut < 0 ? message : message[..cut];
        var pathCut = text.IndexOf(" Path:", StringComparison.Ordinal);
        return (pathCut < 0 ? text : text[..pathCut]).TrimEnd('.', ' ');
    }
}
