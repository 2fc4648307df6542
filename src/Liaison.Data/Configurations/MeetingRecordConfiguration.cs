using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="MeetingRecordEntity"/>: one record per request, attendees as JSON.</summary>
public sealed class MeetingRecordConfiguration : IEntityTypeConfiguration<MeetingRecordEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingRecordEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("MeetingRecords");
        builder.Property(r => r.Attendees).HasJsonConversion();
        builder.Property(r => r.Outcome).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Confidentiality).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Publicity).HasMaxLength(Lengths.Id);
        builder.HasIndex(r => r.RequestId).IsUnique();
        builder.HasOne(r => r.Request).WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
