namespace Liaison.Web.Planning;

/// <summary>Registers the planner queue and its background worker.</summary>
internal static class PlanningServices
{
    /// <summary>Adds <see cref="PlannerRunRegistry"/> and <see cref="PlannerWorker"/>.</summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddPlannerRuns(this IServiceCollection services)
    {
        services.AddSingleton<PlannerRunRegistry>();
        services.AddHostedService<PlannerWorker>();
        return services;
    }
}
