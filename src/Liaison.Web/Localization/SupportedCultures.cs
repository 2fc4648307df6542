using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Liaison.Web.Localization;

/// <summary>
/// The four working languages of INTERPOL (Arabic, English, French, Spanish), the cookie that keeps
/// a user's choice, and how a request's culture is picked: that cookie, then the browser's
/// Accept-Language, then English.
/// </summary>
public static class SupportedCultures
{
    /// <summary>The cookie set by the language switch (ASP.NET Core's <c>c=..|uic=..</c> format).</summary>
    public const string CookieName = "Liaison.Culture";

    /// <summary>The culture used when neither the cookie nor the browser names a supported one.</summary>
    public const string Default = "en";

    /// <summary>The culture names, in the order the language switch shows them.</summary>
    public static readonly IReadOnlyList<string> Names = ["ar", "en", "es", "fr"];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="Names"/> (ordinal, case-sensitive).</summary>
    /// <param name="name">A culture name from a form or a cookie.</param>
    public static bool IsSupported(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Configures request localization: cookie, then Accept-Language, then <see cref="Default"/>; no query-string override.</summary>
    /// <param name="options">The options to fill.</param>
    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cultures = Names.Select(CultureInfo.GetCultureInfo).ToList();
        options.DefaultRequestCulture = new RequestCulture(Default);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }
}
