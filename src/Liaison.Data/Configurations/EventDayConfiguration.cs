using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="EventDayEntity"/>: one row per event and date.</summary>
public sealed class EventDayConfiguration : IEntityTypeConfiguration<EventDayEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<EventDayEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("EventDays");
        builder.HasIndex(d => new { d.EventId, d.Date }).IsUnique();
    }
}
