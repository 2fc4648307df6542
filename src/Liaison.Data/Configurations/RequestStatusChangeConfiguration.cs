using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="RequestStatusChange"/>.</summary>
public sealed class RequestStatusChangeConfiguration : IEntityTypeConfiguration<RequestStatusChange>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<RequestStatusChange> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("RequestStatusChanges");
        builder.Property(c => c.From).HasMaxLength(Lengths.Id);
        builder.Property(c => c.To).HasMaxLength(Lengths.Id);
        builder.Property(c => c.Reason).HasMaxLength(4000);
        builder.Property(c => c.ChangedBy).HasMaxLength(Lengths.Text);
        builder.HasIndex(c => new { c.RequestId, c.At });
    }
}
