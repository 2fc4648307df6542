using System.ComponentModel.DataAnnotations;
using Liaison.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Liaison.Web.Pages.Account;

/// <summary>
/// The sign-in page (anonymous): user name and password, checked by Identity with the same lockout
/// as the API (<c>AuthenticationSetup.MaxFailedSignIns</c>); on success the sign-in cookie is set and
/// the browser goes back to the local page it asked for.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<LiaisonUser> signIn, IStringLocalizer<SignInModel> localizer) : PageModel
{
    /// <summary>The user name typed.</summary>
    [BindProperty]
    [Required(ErrorMessage = "UserNameRequired")]
    [Display(Name = "UserName")]
    public string UserName { get; set; } = "";

    /// <summary>The password typed; never echoed back.</summary>
    [BindProperty]
    [Required(ErrorMessage = "PasswordRequired")]
    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    /// <summary>The local page to go to after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in, or shows why not (wrong name or password, locked out) above the form.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, localizer[result.IsLockedOut ? "LockedOut" : "Failed"]);
        return Page();
    }
}
