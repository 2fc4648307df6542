using Liaison.Domain.Topics;

namespace Liaison.Domain.Tests.Topics;

public sealed class TopicTests
{
    [Fact]
    public void RefusesATopicWithoutAllFourWorkingLanguagesNamingTheMissingOnes()
    {
        var names = new Dictionary<string, string> { ["ar"] = "الإرهاب", ["en"] = "Terrorism" };

        var error = Assert.Throws<ArgumentException>(() => new Topic("terrorism", names));

        Assert.StartsWith("Topic 'terrorism' has no name in es, fr;", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Organised-Crime")]
    [InlineData("organised crime")]
    [InlineData("-crime")]
    [InlineData("crime-")]
    public void RefusesABadlyShapedCode(string code)
    {
        Assert.False(Topic.IsValidCode(code));
        Assert.Throws<ArgumentException>(() => new Topic(code, TopicTaxonomy.Default.All[0].Names));
    }

    [Fact]
    public void IsActiveUnlessCreatedRetiredAndTheDefaultTopicsAreAllActive()
    {
        var names = TopicTaxonomy.Default.All[0].Names;

        Assert.False(new Topic("border-security", names).Retired);
        Assert.True(new Topic("border-security", names, retired: true).Retired);
        Assert.All(TopicTaxonomy.Default.All, t => Assert.False(t.Retired));
    }

    [Fact]
    public void NormalisesLanguageTagsAndFallsBackToEnglish()
    {
        var topic = new Topic("terrorism", new Dictionary<string, string> { ["AR"] = "الإرهاب", ["en"] = "Terrorism", ["es"] = "Terrorismo", ["fr"] = "Terrorisme" });

        Assert.Equal("الإرهاب", topic.NameIn("ar"));
        Assert.Equal("Terrorism", topic.NameIn("de"));
    }

    [Fact]
    public void DefaultTaxonomyHoldsTheReportsEightTopicsInFourLanguages()
    {
        var codes = TopicTaxonomy.Default.All.Select(t => t.Code);

        Assert.Equal(["organised-crime", "cybercrime", "terrorism", "intelligence-exchange", "police-training", "peacekeeping",
            "cross-border-crime", "capacity-building"], codes);
        Assert.All(TopicTaxonomy.Default.All, t => Assert.Equal(["ar", "en", "es", "fr"], t.Names.Keys));
        Assert.Equal("Criminalité transfrontalière", TopicTaxonomy.Default.Find("cross-border-crime")!.NameIn("fr"));
        Assert.Null(TopicTaxonomy.Default.Find("piracy"));
    }

    [Fact]
    public void TaxonomyRefusesTwoTopicsWithOneCode()
    {
        var topic = TopicTaxonomy.Default.All[0];

        var error = Assert.Throws<ArgumentException>(() => new TopicTaxonomy([topic, topic]));

        Assert.StartsWith("Two topics share the code 'organised-crime'.", error.Message, StringComparison.Ordinal);
    }
}
