using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="RoomEntity"/>: scenario ids unique per event.</summary>
public sealed class RoomConfiguration : IEntityTypeConfiguration<RoomEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<RoomEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Rooms");
        builder.Property(r => r.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Name).HasMaxLength(Lengths.Text);
        builder.HasIndex(r => new { r.EventId, r.ScenarioId }).IsUnique();
    }
}
