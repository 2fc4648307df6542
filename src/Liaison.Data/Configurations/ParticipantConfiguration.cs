using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>
/// Maps principals and delegations to one table <c>Participants</c> (discriminator <c>Kind</c>),
/// so their scenario ids are unique per event across both, as the scenario format requires.
/// </summary>
public sealed class ParticipantConfiguration : IEntityTypeConfiguration<ParticipantEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ParticipantEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Participants");
        builder.HasDiscriminator<string>("Kind")
            .HasValue<PrincipalEntity>("Principal")
            .HasValue<DelegationEntity>("Delegation");
        builder.Property("Kind").HasMaxLength(Lengths.Id);
        builder.Property(p => p.ScenarioId).HasMaxLength(Lengths.Id);
        builder.HasIndex(p => new { p.EventId, p.ScenarioId }).IsUnique();
    }
}
