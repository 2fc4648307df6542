
namespace Liaison.Domain.Tests;

public sealed class PartyTests
{
    [Theory]
    [InlineData("NO", PartyKind.Country, true)]
    [InlineData("no", PartyKind.Country, false)]
    [InlineData("NOR", PartyKind.Country, false)]
    [InlineData("UN", PartyKind.Organisation, true)]
    [InlineData("NAUSS", PartyKind.Organisation, true)]
    [InlineData("1UN", PartyKind.Organisation, false)]
    public void ChecksTheCodeShapeOfItsKind(string code, PartyKind kind, bool valid)
    {
        Assert.Equal(valid, Party.IsValidCode(code, kind));
        if (!valid)
        {
            Assert.Throws<ArgumentException>(() => new Party(code, kind, "Name"));
        }
    }

    [Fact]
    public void ComparesNamesByContent()
    {
        var names = new Dictionary<string, string> { ["FR"] = "Conseil des ministres arabes de l'Intérieur", ["en"] = "Council of Arab Interior Ministers" };
        var a = new Party("AIMC", PartyKind.Organisation, "Council of Arab Interior Ministers", null, names);
        var b = new Party("AIMC", PartyKind.Organisation, "Council of Arab Interior Ministers", null, new Dictionary<string, string>(names));
        var c = new Party("AIMC", PartyKind.Organisation, "Council of Arab Interior Ministers");

        Assert.Equal(["en", "fr"], a.Names.Keys);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
