using System.Globalization;
using Liaison.Data.Entities;
using Liaison.Domain;
using Liaison.Web.Pages.Shared;

namespace Liaison.Web.Tests;

/// <summary>Party names on the pages: the data's own names first, CLDR for the countries M49 places, else the data's name.</summary>
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

    [Theory]
    [InlineData("ar", "دولة عضو غير مُعلنة 1")]
    [InlineData("es", "País miembro no divulgado 1")]
    public void NamesAnUndisclosedMemberByItsOwnNamesNotByCldrsTestLocale(string culture, string expected)
    {
        var undisclosed = new PartyEntity
        {
            Code = "XA",
            Kind = PartyKind.Country,
            Name = "Undisclosed member country 1",
            Names = new() { ["ar"] = "دولة عضو غير مُعلنة 1", ["es"] = "País miembro no divulgado 1" },
        };

        Assert.Equal(expected, ParticipantNames.PartyName(undisclosed, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void KeepsTheDataNameOfAUserAssignedCodeWithoutNames()
    {
        var undisclosed = new PartyEntity { Code = "XB", Kind = PartyKind.Country, Name = "Undisclosed member country 2" };

        Assert.Equal("Undisclosed member country 2", ParticipantNames.PartyName(undisclosed, CultureInfo.GetCultureInfo("fr")));
    }
}
