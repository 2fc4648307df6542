using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Liaison.Reporting.Tests;

/// <summary>
/// A PDF's text, normalised so that a test can look for words in it whatever order the PDF stored them in:
/// Arabic comes out of a PDF in visual order (reversed) and as presentation forms (shaped glyphs), so both the
/// text and the words sought are NFKC-normalised, stripped of spaces and bidi marks, and a word is found when it
/// or its reverse occurs.
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
            || _compact.Contains(Reverse(sought), StringComparison.Ordinal);
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

    private static string Reverse(string text)
    {
        var letters = text.ToCharArray();
        Array.Reverse(letters);
        return new string(letters);
    }
}
