using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps the principal columns of <c>Participants</c>.</summary>
public sealed class PrincipalConfiguration : IEntityTypeConfiguration<PrincipalEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PrincipalEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(p => p.Title).HasMaxLength(Lengths.Text);
    }
}
