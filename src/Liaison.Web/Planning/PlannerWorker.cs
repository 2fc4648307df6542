using Liaison.Data.Entities;
using Liaison.Data.Programmes;
using Liaison.Data.Scenarios;
using Liaison.Scheduling;
using Liaison.Web.Auditing;

namespace Liaison.Web.Planning;

/// <summary>
/// The background worker that runs queued planner runs one at a time (the solver uses every core):
/// loads the event's Accepted and Scheduled requests (a locked meeting's request carrying its lock, which
/// the planner holds or reports as <c>LockInfeasible</c>), plans them, and stores the programme with
/// the run's objective and bound. A cancelled run keeps the current programme; a failed one
/// records why. Changes are audited as the user who started the run.
/// </summary>
internal sealed partial class PlannerWorker(
    PlannerRunRegistry registry, IServiceScopeFactory scopes, TimeProvider time, ILogger<PlannerWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in registry.Pending.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(work, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, work.RunId, e);
                await EndAsync(work, PlannerRunStatus.Failed, e.Message);
            }
            finally
            {
                registry.Finish(work.RunId);
            }
        }
    }

    private async Task RunAsync(PlannerRunWork work, CancellationToken stoppingToken)
    {
        var (token, progress) = registry.Attach(work.RunId);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, stoppingToken);
        await using var scope = Scope(work);
        var scenario = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().LoadForPlanningAsync(work.EventId, stoppingToken);
        var programmes = scope.ServiceProvider.GetRequiredService<ProgrammeStore>();
        // The planner stops at once on a cancelled token and returns the best programme so far, which a cancelled run discards.
        var result = await Task.Run(() => new Planner(time).Plan(scenario, work.Options, progress, linked.Token), CancellationToken.None);
        if (token.IsCancellationRequested)
        {
            await EndAsync(work, PlannerRunStatus.Cancelled, null);
            return;
        }

        await programmes.CompleteRunAsync(work.RunId, result.Programme, result.Objective, stoppingToken);
    }

    private async Task EndAsync(PlannerRunWork work, PlannerRunStatus outcome, string? failure)
    {
        await using var scope = Scope(work);
        await scope.ServiceProvider.GetRequiredService<ProgrammeStore>().EndRunAsync(work.RunId, outcome, failure, CancellationToken.None);
    }

    private AsyncServiceScope Scope(PlannerRunWork work)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpAuditContext>().ActFor(work.StartedBy);
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Planner run {RunId} failed")]
    private static partial void LogFailed(ILogger logger, Guid runId, Exception exception);
}
