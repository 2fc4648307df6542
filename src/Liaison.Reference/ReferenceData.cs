using System.Text.Json;

namespace Liaison.Reference;

/// <summary>Reads the JSON files embedded from <c>Data/</c> (see Data/README.md for their sources).</summary>
internal static class ReferenceData
{
    /// <summary>Deserializes the embedded file <paramref name="fileName"/> (e.g. "territory-names.json").</summary>
    /// <exception cref="InvalidOperationException">The file is missing from the assembly or empty.</exception>
    public static T Read<T>(string fileName)
    {
        var resource = "Liaison.Reference.Data." + fileName;
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; run scripts/refresh-reference-data.sh.");
        return JsonSerializer.Deserialize<T>(stream)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is empty.");
    }

    /// <summary>Alpha-2 code -> ISO 3166-1 numeric code ("MA" -> "504") for every code in use
    /// (CLDR codeMappings without deprecated or user-assigned codes).</summary>
    public static IReadOnlyDictionary<string, string> IsoNumericByAlpha2() =>
        Read<Dictionary<string, string>>("iso3166-numeric.json");
}
