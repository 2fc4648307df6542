using Liaison.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages.Account;

/// <summary>
/// The language switch (anonymous, so the sign-in page has it too): stores the chosen culture in
/// the <see cref="SupportedCultures.CookieName"/> cookie for a year and goes back to the local page
/// it came from. An unsupported culture answers 400.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(TimeProvider time) : PageModel
{
    /// <summary>There is nothing to show; a GET goes home.</summary>
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Sets the cookie and redirects to <paramref name="returnUrl"/> when it is local, else home.</summary>
    /// <param name="culture">One of <see cref="SupportedCultures.Names"/>.</param>
    /// <param name="returnUrl">The page the switch was on.</param>
    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (!SupportedCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            SupportedCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
