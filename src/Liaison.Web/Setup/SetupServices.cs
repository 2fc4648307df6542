using Liaison.Web.BlockedTimes;
using Liaison.Web.Interpreters;
using Liaison.Web.Principals;
using Liaison.Web.Rooms;
using Liaison.Web.WorkingDays;

namespace Liaison.Web.Setup;

/// <summary>Registers the set-up changes the API and the set-up pages share.</summary>
internal static class SetupServices
{
    /// <summary>
    /// Adds <see cref="RoomChanges"/>, <see cref="PrincipalChanges"/>, <see cref="InterpreterChanges"/>,
    /// <see cref="WorkingDayChanges"/>, <see cref="BlockedTimeChanges"/> and the <see cref="ProgrammeClearance"/> they share (scoped).
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddSetupChanges(this IServiceCollection services) =>
        services.AddScoped<RoomChanges>().AddScoped<PrincipalChanges>().AddScoped<InterpreterChanges>()
            .AddScoped<ProgrammeClearance>().AddScoped<WorkingDayChanges>().AddScoped<BlockedTimeChanges>();
}
