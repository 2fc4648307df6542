using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liaison.Web.Pages;

/// <summary>
/// The page a browser sees for an error status (re-executed by the status-code middleware, the
/// status kept): 404 says the page does not exist, whether it does not or the user may not see it.
/// Anonymous, since a signed-out visitor can be shown it too.
/// </summary>
[AllowAnonymous]
public sealed class StatusModel : PageModel
{
    /// <summary>The HTTP status shown, e.g. 404.</summary>
    public int Code { get; private set; }

    /// <summary>Shows the status.</summary>
    /// <param name="code">The status code from the route.</param>
    public void OnGet(int code) => Code = code;
}
