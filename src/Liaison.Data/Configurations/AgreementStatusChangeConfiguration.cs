using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="AgreementStatusChangeEntity"/>: one position per agreement.</summary>
public sealed class AgreementStatusChangeConfiguration : IEntityTypeConfiguration<AgreementStatusChangeEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AgreementStatusChangeEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AgreementStatusChanges");
        builder.Property(c => c.From).HasMaxLength(Lengths.Id);
        builder.Property(c => c.To).HasMaxLength(Lengths.Id);
        builder.Property(c => c.By).HasMaxLength(Lengths.Text);
        builder.HasIndex(c => new { c.AgreementId, c.Position }).IsUnique();
    }
}
