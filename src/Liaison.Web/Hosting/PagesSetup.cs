using System.Text.Encodings.Web;
using System.Text.Unicode;
using Liaison.Web.Localization;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Liaison.Web.Pages.Shared;

namespace Liaison.Web.Hosting;

/// <summary>
/// The web pages: Razor Pages under <c>Pages/</c> (each page model names its policy), view and
/// data-annotation localization from <c>Resources/</c> (one resx set per page, plus
/// <see cref="SharedResource"/>), and the request culture from the language cookie.
/// </summary>
internal static class PagesSetup
{
    /// <summary>Registers Razor Pages and localization.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">Read for <see cref="StrictStringLocalizerFactory.SettingKey"/>.</param>
    public static IServiceCollection AddLiaisonPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        if (configuration.GetValue<bool>(StrictStringLocalizerFactory.SettingKey))
        {
            services.AddSingleton<ResourceManagerStringLocalizerFactory>();
            services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, StrictStringLocalizerFactory>());
        }

        services.AddRazorPages()
            .AddViewLocalization()
            // A form model's messages come from its own resx (e.g. Resources/Pages/Requests/RequestForm.resx).
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(type));
        // "The value 'x' is not valid for Seats." and the other binding messages, in the reader's language.
        services.ConfigureOptions<ModelBindingMessages>();
        services.Configure<RequestLocalizationOptions>(SupportedCultures.Configure);
        // Arabic and accented letters go out as themselves, not as &#x...; entities (HTML-special characters are still encoded).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<SignedInUser>();
        return services;
    }
}
