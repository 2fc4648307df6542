
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
}
