using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="AuditEntry"/> to <c>AuditEntries</c>, the table the append-only triggers guard.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The table name, used by the trigger migrations.</summary>
    public const string Table = "AuditEntries";

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(Table);
        builder.Property(a => a.UserId).HasMaxLength(Lengths.Text);
        builder.Property(a => a.UserName).HasMaxLength(Lengths.Text);
        builder.Property(a => a.Client).HasMaxLength(1000);
        builder.Property(a => a.EntityType).HasMaxLength(Lengths.Id);
        builder.Property(a => a.EntityId).HasMaxLength(Lengths.Text);
        builder.Property(a => a.Action).HasMaxLength(Lengths.Id);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
