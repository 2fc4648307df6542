using System.ComponentModel.DataAnnotations;

namespace Liaison.Web.Pages.Agreements;

/// <summary>One row of the agreement form's titles: an authentic language and the title in it; a row without a title is ignored.</summary>
public sealed class TitleInput
{
    /// <summary>BCP 47 tag of the language, e.g. <c>ar</c>; required when a title is given.</summary>
    [StringLength(35, ErrorMessage = "LanguageLength")]
    [Display(Name = "Language")]
    public string? Language { get; set; }

    /// <summary>The title in that language, or empty.</summary>
    [StringLength(1000, ErrorMessage = "TitleLength")]
    [Display(Name = "Title")]
    public string? Text { get; set; }

    /// <summary>Whether the row carries no title.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
