using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="AgencyEntity"/>: scenario ids unique per event; a party with agencies cannot be deleted.</summary>
public sealed class AgencyConfiguration : IEntityTypeConfiguration<AgencyEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AgencyEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Agencies");
        builder.Property(a => a.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(a => a.Name).HasMaxLength(Lengths.Text);
        builder.HasIndex(a => new { a.EventId, a.ScenarioId }).IsUnique();
        builder.HasOne(a => a.Party).WithMany().HasForeignKey(a => a.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
