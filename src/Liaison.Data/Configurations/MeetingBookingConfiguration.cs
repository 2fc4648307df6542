using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>
/// Maps <see cref="MeetingBookingEntity"/>. The no-overlap rule itself is not expressible in the EF
/// model: the provider migrations add it (PostgreSQL exclusion constraint, SQLite triggers).
/// </summary>
public sealed class MeetingBookingConfiguration : IEntityTypeConfiguration<MeetingBookingEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingBookingEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MeetingBookings");
        builder.Property(b => b.Resource).HasMaxLength(Lengths.Id + 20);
        builder.HasIndex(b => new { b.EventId, b.Resource, b.Start });
        builder.HasOne<EventEntity>().WithMany().HasForeignKey(b => b.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
