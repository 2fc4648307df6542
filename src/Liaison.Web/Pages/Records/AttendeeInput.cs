using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Records;

namespace Liaison.Web.Pages.Records;

/// <summary>One attendee row of the record form; a row with neither name nor title is ignored.</summary>
public sealed class AttendeeInput
{
    /// <summary>The person's name, or their title when the name is not recorded; required when a title is given.</summary>
    [StringLength(200, ErrorMessage = "NameLength")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    /// <summary>Title or function, or empty.</summary>
    [StringLength(200, ErrorMessage = "TitleLength")]
    [Display(Name = "AttendeeTitle")]
    public string? Title { get; set; }

    /// <summary>Host or partner side.</summary>
    [Display(Name = "Side")]
    public AttendeeSide Side { get; set; } = AttendeeSide.Partner;

    /// <summary>Whether the row was left empty.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
}
