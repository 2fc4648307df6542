using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="TopicEntity"/>: codes unique per event, names as JSON.</summary>
public sealed class TopicConfiguration : IEntityTypeConfiguration<TopicEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TopicEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Topics");
        builder.Property(t => t.Code).HasMaxLength(Lengths.Id);
        builder.Property(t => t.Names).HasJsonConversion();
        builder.HasIndex(t => new { t.EventId, t.Code }).IsUnique();
    }
}
