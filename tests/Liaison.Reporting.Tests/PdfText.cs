using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Liaison.Reporting.Tests;

/// <summary>
/// A PDF's text, normalised so that a test can look for words in it whatever order the PDF stored them in:
/// Arabic comes out of Chromium's PDFs in visual order (right to left, brackets mirrored, numbers and Latin words
/// left to right) and as presentation forms (shaped glyphs), so both the text and the words sought are
/// NFKC-normalised and stripped of spaces and marks, and words are found in logical or in visual order.
/// </summary>
internal sealed class PdfText
{
    private readonly string _compact;

    private PdfText(string raw, IReadOnlyList<string> fontNames)
    {
        Raw = raw;
        FontNames = fontNames;
        _compact = Compact(raw);
    }

    /// <summary>The text as PdfPig extracted it, page after page.</summary>
    public string Raw { get; }

    /// <summary>The names of the fonts the PDF's letters are drawn in.</summary>
    public IReadOnlyList<string> FontNames { get; }

    /// <summary>Reads every page of <paramref name="pdf"/>.</summary>
    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var raw = string.Join("\n", pages.Select(p => p.Text));
        var fonts = pages.SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct(StringComparer.Ordinal).ToList();
        return new PdfText(raw, fonts);
    }

    /// <summary>The document information's title.</summary>
    public static string? Title(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Information.Title;
    }

    /// <summary>Whether <paramref name="words"/> occur, in logical or in visual (reversed) order.</summary>
    public bool Contains(string words)
    {
        var sought = Compact(words);
        return _compact.Contains(sought, StringComparison.Ordinal)
            || _compact.Contains(Visual(sought), StringComparison.Ordinal);
    }

    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!char.IsWhiteSpace(c) && category is not UnicodeCategory.Format and not UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// How a right-to-left line shows <paramref name="logical"/>: the order of runs reversed, each run of Latin
    /// letters and digits (with the separators inside it, as in 09:30) kept left to right, brackets mirrored.
    /// </summary>
    private static string Visual(string logical)
    {
        var runs = new List<string>();
        for (var start = 0; start < logical.Length;)
        {
            var end = start + 1;
            if (IsLeftToRight(logical[start]))
            {
                while (end < logical.Length && (IsLeftToRight(logical[end])
                    || (IsSeparator(logical[end]) && end + 1 < logical.Length && IsLeftToRight(logical[end + 1]))))
                {
                    end++;
                }
            }

            runs.Add(Mirror(logical[start..end]));
            start = end;
        }

        runs.Reverse();
        return string.Concat(runs);
    }

    private static bool IsLeftToRight(char c) => c < '\u0590' && char.IsLetterOrDigit(c);

    private static bool IsSeparator(char c) => c < '\u0080' && char.IsPunctuation(c) && !"()[]".Contains(c, StringComparison.Ordinal);

    private static string Mirror(string run) => run switch
    {
        "(" => ")",
        ")" => "(",
        "[" => "]",
        "]" => "[",
        _ => run,
    };
}
