using System.Globalization;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;

namespace Liaison.Web.Tests;

/// <summary>Party names on the pages: CLDR for countries, the data's own names for organisations.</summary>
public sealed class ParticipantNamesTests
{
    private static readonly PartyEntity Nauss = new()
    {
        Code = "NAUSS",
        Kind = PartyKind.Organisation,
        Name = "Naif Arab University for Security Sciences",
        Names = new() { ["ar"] = "جامعة نايف العربية للعلوم الأمنية", ["fr"] = "Université arabe Naif des sciences de sécurité" },
    };

    [Theory]
    [InlineData("ar", "جامعة نايف العربية للعلوم الأمنية")]
    [InlineData("fr-FR", "Université arabe Naif des sciences de sécurité")]
    [InlineData("es", "Naif Arab University for Security Sciences")]
    public void NamesAnOrganisationInTheReadersLanguageWhenTheDataHasIt(string culture, string expected) =>
        Assert.Equal(expected, ParticipantNames.PartyName(Nauss, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void NamesACountryFromCldr()
    {
        var norway = new PartyEntity { Code = "NO", Kind = PartyKind.Country, Name = "Norway" };

        Assert.Equal("النرويج", ParticipantNames.PartyName(norway, CultureInfo.GetCultureInfo("ar")));
    }
}
