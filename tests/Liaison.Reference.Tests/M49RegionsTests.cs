namespace Liaison.Reference.Tests;

public class M49RegionsTests
{
    private static readonly M49Regions Regions = M49Regions.Default;

    [Theory]
    [InlineData("MA", "002", "015", null)]
    [InlineData("CL", "019", "419", "005")]
    [InlineData("TR", "142", "145", null)]
    [InlineData("BH", "142", "145", null)]
    [InlineData("NO", "150", "154", null)]
    [InlineData("IN", "142", "034", null)]
    [InlineData("ET", "002", "202", "014")]
    [InlineData("US", "019", "021", null)]
    [InlineData("mx", "019", "419", "013")]
    public void PlacesCountriesAsTheM49StandardDoes(string alpha2, string region, string subRegion, string? intermediate)
    {
        Assert.Equal(new M49Placement(region, subRegion, intermediate), Regions.Find(alpha2));
    }

    [Theory]
    [InlineData("QQ")]
    [InlineData("XK")]
    [InlineData("XA")]
    [InlineData("ZZ")]
    [InlineData("AA")]
    [InlineData("EU")]
    [InlineData("UN")]
    [InlineData("AQ")]
    [InlineData("002")]
    [InlineData("")]
    public void FindsNothingForUnknownUserAssignedOrNonCountryCodes(string code)
    {
        Assert.Null(Regions.Find(code));
    }

    [Fact]
    public void ListsTheFiveRegionsInM49Order()
    {
        Assert.Equal(["002", "019", "142", "150", "009"], Regions.Regions);
    }

    [Fact]
    public void PlacesEveryAssignedCountryButAntarcticaInOneOfTheFiveRegions()
    {
        var unplaced = TerritoryNames.Cldr.CountryCodes
            .Where(code => Regions.Find(code) is not { } placement || !Regions.Regions.Contains(placement.Region))
            .ToList();

        Assert.Equal(["AQ"], unplaced);
    }
}
