using Liaison.Web.Agreements;
using Liaison.Web.Audit;
using Liaison.Web.Auth;
using Liaison.Web.BlockedTimes;
using Liaison.Web.Commitments;
using Liaison.Web.Delegations;
using Liaison.Web.Events;
using Liaison.Web.Interpreters;
using Liaison.Web.Partners;
using Liaison.Web.Planning;
using Liaison.Web.Principals;
using Liaison.Web.Programme;
using Liaison.Web.Records;
using Liaison.Web.Reports;
using Liaison.Web.Requests;
using Liaison.Web.Rooms;
using Liaison.Web.Topics;
using Liaison.Web.Security;
using Liaison.Web.Users;
using Liaison.Web.WorkingDays;

namespace Liaison.Web.Hosting;

/// <summary>The route table: one API group per area under <c>/api</c>, the pages, and the OpenAPI document.</summary>
internal static class LiaisonEndpoints
{
    /// <summary>The URL of the OpenAPI document.</summary>
    public const string OpenApiDocument = "/openapi/v1.json";

    /// <summary>Maps every area.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication MapLiaisonEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapAuthApi();
        api.MapEventsApi();
        api.MapDelegationsApi();
        api.MapPrincipalsApi();
        api.MapRoomsApi();
        api.MapInterpretersApi();
        api.MapWorkingDaysApi();
        api.MapBlockedTimesApi();
        api.MapRequestsApi();
        api.MapPlannerRunsApi();
        api.MapProgrammeApi();
        api.MapCalendarApi();
        api.MapTopicsApi();
        api.MapRecordsApi();
        api.MapAgreementsApi();
        api.MapCommitmentsApi();
        api.MapPartnersApi();
        api.MapReportsApi();
        api.MapAuditApi();
        api.MapUsersApi();
        app.MapRazorPages();
        app.MapOpenApi(OpenApiDocument).RequireAuthorization(Policies.SignedIn);
        return app;
    }
}
