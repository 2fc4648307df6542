
namespace Liaison.Domain.Tests;

public sealed class InterpretationTests
{
    [Fact]
    public void NeedsNoInterpreterWhenOneLanguageIsSharedByAll()
    {
        var need = Interpretation.Derive([["ar", "fr"], ["fr"], ["fr", "en"]]);

        Assert.False(need.IsNeeded);
        Assert.Empty(need.AcceptablePairs);
    }

    [Fact]
    public void OffersEveryPairThatReachesEachParticipant()
    {
        var need = Interpretation.Derive([["ar", "fr"], ["en"]]);

        Assert.True(need.IsNeeded);
        Assert.Equal([new LanguagePair("ar", "en"), new LanguagePair("en", "fr")], need.AcceptablePairs);
    }

    [Fact]
    public void IsImpossibleWhenNoSinglePairReachesThreeLanguageGroups()
    {
        var need = Interpretation.Derive([["ar"], ["en"], ["es"]]);

        Assert.True(Interpretation.IsImpossible(need));
    }

    [Fact]
    public void LanguagePairIsUnorderedAndCaseInsensitive()
    {
        Assert.Equal(new LanguagePair("ES", "ar"), LanguagePair.Parse("ar/es"));
        Assert.Equal("ar/es", LanguagePair.Parse("es-AR").ToString());
        Assert.Throws<FormatException>(() => LanguagePair.Parse("ar/ar"));
    }
}
