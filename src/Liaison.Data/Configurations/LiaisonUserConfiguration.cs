using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps the Liaison columns of the Identity user: a liaison officer's delegation cannot be deleted under them.</summary>
public sealed class LiaisonUserConfiguration : IEntityTypeConfiguration<LiaisonUser>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<LiaisonUser> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasOne<DelegationEntity>().WithMany().HasForeignKey(u => u.DelegationId).OnDelete(DeleteBehavior.Restrict);
    }
}
