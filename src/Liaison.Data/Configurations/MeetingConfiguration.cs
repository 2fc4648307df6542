using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="MeetingEntity"/>: at most one meeting per request; bookings go with the meeting.</summary>
public sealed class MeetingConfiguration : IEntityTypeConfiguration<MeetingEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Meetings");
        builder.HasIndex(m => m.RequestId).IsUnique();
        builder.HasIndex(m => new { m.EventId, m.Start });
        builder.HasOne(m => m.Request).WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Room).WithMany().HasForeignKey(m => m.RoomId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlannerRunEntity>().WithMany().HasForeignKey(m => m.PlannerRunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Bookings).WithOne().HasForeignKey(b => b.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
