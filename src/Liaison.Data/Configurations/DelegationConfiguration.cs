using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps the delegation columns of <c>Participants</c>; its party and agency cannot be deleted under it.</summary>
public sealed class DelegationConfiguration : IEntityTypeConfiguration<DelegationEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<DelegationEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(d => d.HeadOfDelegation).HasMaxLength(Lengths.Text);
        builder.HasOne(d => d.Party).WithMany().HasForeignKey(d => d.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Agency).WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
