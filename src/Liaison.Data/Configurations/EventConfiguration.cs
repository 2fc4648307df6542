using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="EventEntity"/>; deleting an event deletes everything that hangs from it.</summary>
public sealed class EventConfiguration : IEntityTypeConfiguration<EventEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<EventEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Events");
        builder.Property(e => e.Name).HasMaxLength(Lengths.Text);
        builder.Property(e => e.Venue).HasMaxLength(Lengths.Text);
        builder.Property(e => e.TimeZoneId).HasMaxLength(Lengths.Id);
        builder.Property(e => e.CreatedBy).HasMaxLength(Lengths.Text);
        builder.HasMany(e => e.Days).WithOne().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Parties).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Agencies).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Rooms).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Interpreters).WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.BlockedTimes).WithOne().HasForeignKey(b => b.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Requests).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Meetings).WithOne().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Topics).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Records).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Agreements).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Commitments).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.PlannerRuns).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
