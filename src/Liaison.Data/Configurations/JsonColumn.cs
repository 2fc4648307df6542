using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>
/// Stores a small value (texts by language, a list of attendees) as one JSON text column, compared by its JSON so
/// that changes inside it are detected and audited.
/// </summary>
internal static class JsonColumn
{
    /// <summary>Maps <paramref name="property"/> to a JSON text column.</summary>
    /// <typeparam name="T">A type System.Text.Json round-trips.</typeparam>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class, new()
    {
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(Serialize(v))!);
        property.HasConversion(v => Serialize(v), text => JsonSerializer.Deserialize<T>(text) ?? new T(), comparer);
        return property;
    }

    private static string Serialize<T>(T? value) => JsonSerializer.Serialize(value);
}
