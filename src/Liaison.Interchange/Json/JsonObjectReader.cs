using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Liaison.Interchange.Json;

/// <summary>
/// Reads the members of one JSON object, reporting every missing, mistyped or unknown
/// member to a <see cref="ProblemList"/> with its JSON path instead of stopping at the first.
/// </summary>
/// <remarks>
/// Every object may also carry <c>note</c> (string) and <c>illustrative</c> (bool): the format lets
/// an author say where a value is set by hand. Accessors return <c>null</c> when the member is
/// absent or wrong; the problem has then been recorded (for a required member) already.
/// Not thread-safe.
/// </remarks>
internal sealed partial class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly ProblemList _problems;

    private JsonObjectReader(JsonElement element, string path, ProblemList problems)
    {
        _element = element;
        Path = path;
        _problems = problems;
    }

    /// <summary>The JSON path of this object.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens <paramref name="item"/> as an object whose members are <paramref name="members"/>
    /// (plus <c>note</c> and <c>illustrative</c>); reports unknown members (repeated ones are reported by <see cref="RepeatedMembers"/>).
    /// </summary>
    /// <returns>The reader, or <c>null</c> when the value is not an object (reported).</returns>
    public static JsonObjectReader? Open(JsonItem item, ProblemList problems, params string[] members)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (item.Element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(item.Path, $"expected an object but found {Describe(item.Element)}",
                $"write an object in braces {{ }} with the members {string.Join(", ", members)}");
            return null;
        }

        var reader = new JsonObjectReader(item.Element, item.Path, problems);
        reader.CheckMembers(members);
        return reader;
    }

    /// <summary>
    /// Opens <paramref name="item"/> again, without checking its members: for a second reader of an object whose members
    /// another reader has already checked and reported.
    /// </summary>
    /// <returns>The reader, or <c>null</c> when the value is not an object (reported by the first reader).</returns>
    public static JsonObjectReader? Reopen(JsonItem item, ProblemList problems) =>
        item.Element.ValueKind == JsonValueKind.Object ? new JsonObjectReader(item.Element, item.Path, problems) : null;

    /// <summary>The JSON path of member <paramref name="name"/>.</summary>
    public string PathOf(string name) => $"{Path}.{name}";

    /// <summary>Whether member <paramref name="name"/> is present (even if null).</summary>
    public bool Has(string name) => _element.TryGetProperty(name, out _);

    /// <summary>A nested object member whose own members are <paramref name="members"/>.</summary>
    /// <returns>Its reader, or <c>null</c> when absent or not an object (reported).</returns>
    public JsonObjectReader? Object(string name, bool required, params string[] members) =>
        TryGet(name, required, out var value) ? Open(new JsonItem(value, PathOf(name)), _problems, members) : null;

    /// <summary>Checks that an optional member, when present, is an object; its members are free-form.</summary>
    public void FreeFormObject(string name)
    {
        if (TryGet(name, required: false, out var value) && value.ValueKind != JsonValueKind.Object)
        {
            WrongType(name, value, "an object", "write an object in braces { }");
        }
    }

    /// <summary>
    /// An object member mapping BCP 47 language tags to non-blank texts, e.g. <c>{ "ar": "...", "fr": "..." }</c>; tags
    /// are compared case-insensitively, so <c>fr</c> and <c>FR</c> together are reported.
    /// </summary>
    /// <returns>Tag to text, or <c>null</c> when absent, not an object or with any bad entry (reported).</returns>
    public Dictionary<string, string>? LanguageTexts(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            WrongType(name, value, "an object of texts by language", "write e.g. { \"en\": \"...\", \"fr\": \"...\" }");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var complete = true;
        foreach (var member in value.EnumerateObject())
        {
            var path = $"{PathOf(name)}.{member.Name}";
            if (!LanguageTagShape().IsMatch(member.Name))
            {
                _problems.Add(path, $"'{member.Name}' is not a BCP 47 language tag", "use a tag such as \"ar\", \"en\", \"es\", \"fr\" or \"pt-BR\"");
                complete = false;
            }
            else if (member.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(member.Value.GetString()))
            {
                _problems.Add(path, $"expected a non-empty string but found {Describe(member.Value)}", "write the text in double quotes");
                complete = false;
            }
            else if (!texts.TryAdd(member.Name, member.Value.GetString()!))
            {
                _problems.Add(path, $"the language '{member.Name}' is given twice", "give each language once (tags ignore letter case)");
                complete = false;
            }
        }

        return complete ? texts : null;
    }

    /// <summary>A non-blank string member.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="required">Whether a missing member is a problem.</param>
    /// <param name="form">
    /// The fix when the value is not a string, e.g. a number: by default "write it in double quotes"; a member with a
    /// shape of its own (a date, a time) shows that shape, since quoting <c>42</c> would not make it valid.
    /// </param>
    public string? String(string name, bool required, string form = "write it in double quotes")
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, value, "a string", form);
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems.Add(PathOf(name), $"'{name}' is empty", "write a value or remove the member if it is optional");
            return null;
        }

        return text;
    }

    /// <summary>
    /// A whole-number member. Any JSON number whose value is whole is accepted, so <c>30</c>, <c>30.0</c>
    /// and <c>3e1</c> all read as 30; a fraction, a string or a number beyond <see cref="int"/> is reported
    /// with <paramref name="allowed"/> and <paramref name="example"/>.
    /// </summary>
    /// <param name="name">The member's name.</param>
    /// <param name="required">Whether a missing member is a problem.</param>
    /// <param name="allowed">The values allowed, in words, e.g. "a whole number from 1 (lowest) to 5 (highest)".</param>
    /// <param name="example">A valid value shown in the fix.</param>
    public int? Int(string name, bool required, string allowed, int example)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number)
            || number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
        {
            _problems.Add(PathOf(name), $"'{name}' should be {allowed} but is {Describe(value)}",
                string.Create(CultureInfo.InvariantCulture, $"write {allowed}, e.g. {example} (digits without quotes)"));
            return null;
        }

        return (int)number;
    }

    /// <summary>A boolean member.</summary>
    public bool? Bool(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongType(name, value, "true or false", "write true or false without quotes");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>A string member that must be one of <paramref name="allowed"/>.</summary>
    public string? Choice(string name, bool required, params string[] allowed)
    {
        var text = String(name, required);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        _problems.Add(PathOf(name), $"'{text}' is not a valid {name}", $"use one of: {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>The items of an array member, each with its path.</summary>
    /// <returns>The items, or <c>null</c> when absent or not an array.</returns>
    public IReadOnlyList<JsonItem>? Array(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, value, "a list", "write a list in square brackets [ ]");
            return null;
        }

        var path = PathOf(name);
        return value.EnumerateArray().Select((e, i) => new JsonItem(e, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"))).ToList();
    }

    /// <summary>The non-blank strings of an array member, each with its path; wrong items are reported and left out.</summary>
    public IReadOnlyList<(string Value, string Path)>? Strings(string name, bool required)
    {
        var items = Array(name, required);
        if (items is null)
        {
            return null;
        }

        var result = new List<(string, string)>();
        foreach (var item in items)
        {
            if (item.Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.Element.GetString()))
            {
                _problems.Add(item.Path, $"expected a non-empty string but found {Describe(item.Element)}", "write the value in double quotes");
                continue;
            }

            result.Add((item.Element.GetString()!, item.Path));
        }

        return result;
    }

    /// <summary>A short description of a JSON value's kind for messages.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the value {value.GetRawText()}",
        _ => "null",
    };

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_element.TryGetProperty(name, out value))
        {
            return true;
        }

        if (required)
        {
            _problems.Add(PathOf(name), $"the required member '{name}' is missing", $"add \"{name}\" to the object at {Path}");
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagShape();

    private void WrongType(string name, JsonElement value, string expected, string fix) =>
        _problems.Add(PathOf(name), $"'{name}' should be {expected} but is {Describe(value)}", fix);

    private void CheckMembers(string[] members)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in _element.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                continue; // Reported once for the whole document by RepeatedMembers.
            }

            if (member.Name == "note")
            {
                String("note", required: false);
            }
            else if (member.Name == "illustrative")
            {
                Bool("illustrative", required: false);
            }
            else if (!members.Contains(member.Name, StringComparer.Ordinal))
            {
                var near = Suggestion.Closest(member.Name, members);
                _problems.Add(PathOf(member.Name), $"unknown member '{member.Name}'", near is null
                    ? $"remove it or use one of: {string.Join(", ", members)}, note, illustrative"
                    : $"did you mean '{near}'? (member names are case-sensitive)");
            }
        }
    }
}
