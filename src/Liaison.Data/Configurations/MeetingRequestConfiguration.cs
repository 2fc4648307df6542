using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="MeetingRequestEntity"/> and its status history; scenario ids unique per event.</summary>
public sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequestEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingRequestEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MeetingRequests");
        builder.Property(r => r.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Publicity).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Status).HasMaxLength(Lengths.Id);
        builder.HasIndex(r => new { r.EventId, r.ScenarioId }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.HasOne(r => r.Requester).WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.StatusHistory).WithOne().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
