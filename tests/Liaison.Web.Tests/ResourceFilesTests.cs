using System.Xml.Linq;
using Liaison.Web.Localization;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

/// <summary>Every string of the pages exists, non-empty, in Arabic, Spanish and French as well as English.</summary>
public sealed class ResourceFilesTests
{
    private static readonly string[] Translations = SupportedCultures.Names.Where(n => n != SupportedCultures.Default).ToArray();

    [Fact]
    public void EveryNeutralKeyHasANonEmptyTranslationInEachLanguageAndNoneMore()
    {
        var neutral = NeutralFiles();
        var problems = new List<string>();
        foreach (var file in neutral)
        {
            var keys = Read(file);
            problems.AddRange(keys.Where(k => string.IsNullOrWhiteSpace(k.Value)).Select(k => $"{file}: '{k.Key}' is empty"));
            foreach (var culture in Translations)
            {
                var translated = Path.ChangeExtension(file, $".{culture}.resx");
                if (!File.Exists(translated))
                {
                    problems.Add($"{translated} is missing");
                    continue;
                }

                var values = Read(translated);
                problems.AddRange(keys.Keys.Where(k => !values.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).Select(k => $"{translated}: '{k}' missing or empty"));
                problems.AddRange(values.Keys.Except(keys.Keys).Select(k => $"{translated}: '{k}' is not in the English file"));
            }
        }

        Assert.True(neutral.Count >= 5, $"Only {neutral.Count} neutral resx files found; the folder was not read.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryTranslatedFileHasItsEnglishFile()
    {
        var orphans = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.WebProject(), "Resources"), "*.resx", SearchOption.AllDirectories)
            .Where(f => Translations.Any(c => f.EndsWith($".{c}.resx", StringComparison.Ordinal)))
            .Where(f => !File.Exists(Path.ChangeExtension(Path.ChangeExtension(f, null), ".resx")))
            .ToList();

        Assert.Empty(orphans);
    }

    private static List<string> NeutralFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryFiles.WebProject(), "Resources"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !SupportedCultures.Names.Any(c => f.EndsWith($".{c}.resx", StringComparison.Ordinal)))
            .ToList();

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
}
