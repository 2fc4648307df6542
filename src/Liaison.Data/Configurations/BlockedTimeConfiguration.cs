using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="BlockedTimeEntity"/>: scenario ids unique per event.</summary>
public sealed class BlockedTimeConfiguration : IEntityTypeConfiguration<BlockedTimeEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<BlockedTimeEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("BlockedTimes");
        builder.Property(b => b.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(b => b.Label).HasMaxLength(Lengths.Text);
        builder.Property(b => b.Kind).HasMaxLength(Lengths.Id);
        builder.HasIndex(b => new { b.EventId, b.ScenarioId }).IsUnique();
    }
}
