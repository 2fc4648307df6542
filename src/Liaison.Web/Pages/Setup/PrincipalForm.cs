using System.ComponentModel.DataAnnotations;
using Liaison.Data.Entities;
using Liaison.Web.Principals;

namespace Liaison.Web.Pages.Setup;

/// <summary>The principal form's fields; the limits are <see cref="PrincipalInput"/>'s, the messages in this form's resx.</summary>
public sealed class PrincipalForm
{
    /// <summary>Id in scenario files, e.g. <c>dg</c>; fixed once created, shared namespace with delegations.</summary>
    [Required(ErrorMessage = "IdRequired")]
    [StringLength(64, ErrorMessage = "IdTooLong")]
    [Display(Name = "ScenarioId")]
    public string ScenarioId { get; set; } = "";

    /// <summary>Title of the office held, not a personal name.</summary>
    [Required(ErrorMessage = "TitleRequired")]
    [StringLength(200, ErrorMessage = "TitleTooLong")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    /// <summary>Working languages as typed: BCP 47 tags separated by commas or spaces, e.g. <c>ar, fr</c>.</summary>
    [Required(ErrorMessage = "LanguagesRequired")]
    [Display(Name = "Languages")]
    public string Languages { get; set; } = "";

    /// <summary>The version read (0 for a new principal).</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored principal.</summary>
    /// <param name="principal">The principal.</param>
    public static PrincipalForm From(PrincipalEntity principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new() { ScenarioId = principal.ScenarioId, Title = principal.Title, Languages = string.Join(", ", principal.Languages), Version = principal.Version };
    }

    /// <summary>The API's input for the shared change service.</summary>
    public PrincipalInput ToInput() => new(ScenarioId.Trim(), Title.Trim(), FormLists.Split(Languages), Version);
}
