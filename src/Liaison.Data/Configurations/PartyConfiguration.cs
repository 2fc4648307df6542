using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="PartyEntity"/>: codes unique per event.</summary>
public sealed class PartyConfiguration : IEntityTypeConfiguration<PartyEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PartyEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Parties");
        builder.Property(p => p.Code).HasMaxLength(Lengths.Id);
        builder.Property(p => p.Kind).HasMaxLength(Lengths.Id);
        builder.Property(p => p.Name).HasMaxLength(Lengths.Text);
        builder.Property(p => p.Region).HasMaxLength(Lengths.Text);
        builder.Property(p => p.Names).HasJsonConversion();
        builder.HasIndex(p => new { p.EventId, p.Code }).IsUnique();
    }
}
