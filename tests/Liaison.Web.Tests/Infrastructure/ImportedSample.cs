using Liaison.Data;
using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>The Marrakech sample imported whole (43 records, the two MoUs, their commitments), with Norway's delegation id for a liaison officer.</summary>
/// <param name="EventId">The imported event.</param>
/// <param name="NorwayId">The delegation del-no.</param>
public sealed record ImportedSample(Guid EventId, Guid NorwayId)
{
    /// <summary>Imports the sample through the API as a protocol officer.</summary>
    public static async Task<ImportedSample> ImportAsync(LiaisonApp app)
    {
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LiaisonDbContext>();
        var norway = await db.Set<DelegationEntity>().Where(d => d.EventId == eventId && d.ScenarioId == "del-no").Select(d => d.Id).SingleAsync();
        return new ImportedSample(eventId, norway);
    }
}
