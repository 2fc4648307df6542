using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="AgreementDocumentEntity"/>: content as bytea (PostgreSQL) or blob (SQLite).</summary>
public sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocumentEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AgreementDocumentEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AgreementDocuments");
        builder.Property(d => d.FileName).HasMaxLength(Lengths.Text);
        builder.Property(d => d.ContentType).HasMaxLength(Lengths.Id);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedBy).HasMaxLength(Lengths.Text);
    }
}
