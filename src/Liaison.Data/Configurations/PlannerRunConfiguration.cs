using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="PlannerRunEntity"/>.</summary>
public sealed class PlannerRunConfiguration : IEntityTypeConfiguration<PlannerRunEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PlannerRunEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PlannerRuns");
        builder.Property(r => r.Status).HasMaxLength(Lengths.Id);
        builder.Property(r => r.InputsHash).HasMaxLength(Lengths.Id);
        builder.Property(r => r.InputsSummary).HasMaxLength(4000);
        builder.Property(r => r.StartedBy).HasMaxLength(Lengths.Text);
        builder.HasIndex(r => new { r.EventId, r.StartedAt });
    }
}
