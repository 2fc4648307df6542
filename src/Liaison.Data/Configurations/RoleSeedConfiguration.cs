using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>
/// Seeds the five <see cref="LiaisonRoles"/> into every database through the migrations, with
/// fixed ids and stamps so the migrations stay stable.
/// </summary>
public sealed class RoleSeedConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasData(LiaisonRoles.All.Select(name => new IdentityRole(name)
        {
            Id = "role-" + name.ToLowerInvariant(),
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = "seed-" + name.ToLowerInvariant(),
        }));
    }
}
