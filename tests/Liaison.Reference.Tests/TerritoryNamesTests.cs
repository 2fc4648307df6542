using System.Globalization;

namespace Liaison.Reference.Tests;

public class TerritoryNamesTests
{
    private static readonly TerritoryNames Names = TerritoryNames.Cldr;

    [Theory]
    [InlineData("ar", "المغرب")]
    [InlineData("fr", "Maroc")]
    [InlineData("es", "Marruecos")]
    [InlineData("en", "Morocco")]
    public void NamesMoroccoInEachLanguage(string language, string expected)
    {
        Assert.True(Names.TryGetName("MA", language, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("ar", "أفريقيا")]
    [InlineData("fr", "Afrique")]
    [InlineData("es", "África")]
    [InlineData("en", "Africa")]
    public void NamesTheM49RegionAfricaInEachLanguage(string language, string expected)
    {
        Assert.Equal(expected, Names.GetName("002", CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public void NamesM49SubRegionsLikeLatinAmerica()
    {
        Assert.True(Names.TryGetName("419", "en", out var name));
        Assert.Equal("Latin America", name);
    }

    [Fact]
    public void ListsTheFourLanguages()
    {
        Assert.Equal(["ar", "en", "es", "fr"], Names.Languages);
    }

    [Fact]
    public void NamesEveryAssignedCountryCodeInEveryLanguage()
    {
        Assert.Equal(249, Names.CountryCodes.Count);
        var missing = Names.CountryCodes
            .SelectMany(code => Names.Languages.Select(language => (code, language)))
            .Where(pair => !Names.TryGetName(pair.code, pair.language, out var name) || string.IsNullOrWhiteSpace(name))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void CountryCodesLeaveOutUserAssignedAndDeprecatedCodes()
    {
        Assert.Contains("BH", Names.CountryCodes);
        Assert.DoesNotContain("AA", Names.CountryCodes);
        Assert.DoesNotContain("EU", Names.CountryCodes);
        Assert.DoesNotContain("ZZ", Names.CountryCodes);
        Assert.DoesNotContain("YU", Names.CountryCodes);
    }

    [Theory]
    [InlineData("fr-CA", "Maroc")]
    [InlineData("ar-MA", "المغرب")]
    [InlineData("es-419", "Marruecos")]
    [InlineData("EN_gb", "Morocco")]
    public void MatchesTheLanguageByItsSubtag(string tag, string expected)
    {
        Assert.True(Names.TryGetName("MA", tag, out var name));
        Assert.Equal(expected, name);
        Assert.Equal(expected, Names.GetName("ma", CultureInfo.GetCultureInfo(tag.Replace('_', '-'))));
    }

    [Theory]
    [InlineData("QQ", "en")]
    [InlineData("999", "fr")]
    [InlineData("", "fr")]
    [InlineData("MA", "de")]
    [InlineData("MA", "")]
    public void ReturnsFalseForAnUnknownCodeOrLanguage(string code, string language)
    {
        Assert.False(Names.TryGetName(code, language, out var name));
        Assert.Null(name);
    }

    [Fact]
    public void GetNameNamesTheCodeAndTheLanguageWhenMissing()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Names.GetName("MA", CultureInfo.GetCultureInfo("de-CH")));

        Assert.Contains("'MA'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'de-CH'", error.Message, StringComparison.Ordinal);
    }
}
