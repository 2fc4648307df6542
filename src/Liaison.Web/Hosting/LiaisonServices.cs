using System.Text.Json.Serialization;
using Liaison.Data;
using Liaison.Data.Auditing;
using Liaison.Web.Auditing;
using Liaison.Web.Demo;
using Liaison.Web.Errors;
using Liaison.Web.OpenApi;
using Liaison.Web.Planning;
using Liaison.Web.Reports;
using Liaison.Web.Security;
using Liaison.Web.Setup;

namespace Liaison.Web.Hosting;

/// <summary>The composition of the web host's services, kept out of Program.cs so it reads as a table of contents.</summary>
internal static class LiaisonServices
{
    /// <summary>Registers the database, Identity, policies, ProblemDetails, OpenAPI, the planner queue, the pages and report printing.</summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddLiaisonServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new StartupConsole(Console.Out));
        services.AddLiaisonDatabase(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<HttpAuditContext>();
        services.AddScoped<IAuditContext>(sp => sp.GetRequiredService<HttpAuditContext>());

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddValidation();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer<SecuritySchemeTransformer>());

        services.AddLiaisonAuthentication();
        services.AddLiaisonAuthorization();
        services.AddPlannerRuns();
        services.AddLiaisonPages(builder.Configuration);
        services.AddSetupChanges();
        services.AddReportPrinting(builder.Configuration);
        services.AddScoped<DemoSeeder>();
        return builder;
    }
}
