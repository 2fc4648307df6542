using Liaison.Data;
using Liaison.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Account;

/// <summary>Signs out (POST only, with the antiforgery token) and goes to the sign-in page.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SignOutModel(SignInManager<LiaisonUser> signIn) : PageModel
{
    /// <summary>There is nothing to show; a GET goes home.</summary>
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Ends the cookie session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
