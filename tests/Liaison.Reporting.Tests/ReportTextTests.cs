using System.Collections;
using System.Globalization;
using System.Resources;

namespace Liaison.Reporting.Tests;

public class ReportTextTests
{
    private static readonly ResourceManager Labels = new("Liaison.Reporting.Resources.ReportText", typeof(ReportText).Assembly);

    public static TheoryData<string> Translations => new() { "ar", "es", "fr" };

    [Theory]
    [MemberData(nameof(Translations))]
    public void HasEveryLabelInEachTranslation(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.All(translated, label => Assert.False(string.IsNullOrWhiteSpace(label.Value), label.Key));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void KeepsThePlaceholdersOfTheEnglishLabel(string language)
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        Assert.All(english, label => Assert.Equal(Placeholders(label.Value), Placeholders(translated[label.Key])));
    }

    [Fact]
    public void FormatsNumbersAndDatesWithTheCulture()
    {
        var french = new ReportText(CultureInfo.GetCultureInfo("fr"));

        Assert.Equal("1\u202f234", french.Number(1234));
        Assert.Equal("Rencontres bilatérales tenues : 43", french.Format("MeetingsHeld", french.Number(43)));
        Assert.Equal("dimanche 24 novembre 2024", french.Date(new NodaTime.LocalDate(2024, 11, 24)));
    }

    [Fact]
    public void RefusesAnUnknownLabel() =>
        Assert.Throws<KeyNotFoundException>(() => new ReportText(CultureInfo.GetCultureInfo("en"))["NoSuchLabel"]);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Labels.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
}
