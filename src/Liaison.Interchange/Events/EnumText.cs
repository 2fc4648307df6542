using System.Text.Json;

namespace Liaison.Interchange.Events;

/// <summary>
/// The event file's spelling of enum values: lower-case words joined by hyphens, e.g.
/// <c>MemorandumOfUnderstanding</c> ↔ <c>memorandum-of-understanding</c>, <c>InForce</c> ↔ <c>in-force</c>.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
/// <remarks>Thread-safe.</remarks>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByText = Enum.GetValues<T>().ToDictionary(Of, StringComparer.Ordinal);

    /// <summary>Every allowed text, in declaration order.</summary>
    public static string[] All { get; } = [.. ByText.Keys];

    /// <summary>The text of <paramref name="value"/>.</summary>
    public static string Of(T value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value spelt <paramref name="text"/>, or <c>null</c> for <c>null</c>.</summary>
    /// <exception cref="KeyNotFoundException">On a text not in <see cref="All"/> (callers read it with <c>Choice</c> first).</exception>
    public static T? Parse(string? text) => text is null ? null : ByText[text];
}
