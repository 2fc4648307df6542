using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Liaison.Interchange.Json;

/// <summary>Reads a file's bytes as strict UTF-8 text, so that a Latin-1 or UTF-16 file is refused rather than silently turned into U+FFFD.</summary>
internal static class Utf8File
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <returns>The text without a leading byte-order mark, or <c>null</c> after recording where the first invalid byte is.</returns>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static string? Read(string path, ProblemList problems) => Decode(File.ReadAllBytes(path), problems);

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8, dropping a leading byte-order mark.</summary>
    /// <returns>The text, or <c>null</c> after recording the line and column (in characters, from 1) of the first invalid byte.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        var text = chars.AsSpan(0, written);
        if (status == OperationStatus.Done)
        {
            return text.ToString();
        }

        var lineStart = text.LastIndexOf('\n') + 1;
        problems.Add("$", string.Create(CultureInfo.InvariantCulture,
            $"the file is not UTF-8 text (first invalid byte at line {text.Count('\n') + 1}, column {written - lineStart + 1})"),
            "save it as UTF-8");
        return null;
    }
}
