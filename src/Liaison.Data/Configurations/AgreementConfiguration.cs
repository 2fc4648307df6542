using Liaison.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Data.Configurations;

/// <summary>Maps <see cref="AgreementEntity"/> with its status history and documents; ids unique per event.</summary>
public sealed class AgreementConfiguration : IEntityTypeConfiguration<AgreementEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AgreementEntity> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Agreements");
        builder.Property(a => a.ScenarioId).HasMaxLength(Lengths.Id);
        builder.Property(a => a.Kind).HasMaxLength(Lengths.Id);
        builder.Property(a => a.Titles).HasJsonConversion();
        builder.Property(a => a.PartnerPartyCode).HasMaxLength(Lengths.Id);
        builder.Property(a => a.PartnerAgencyName).HasMaxLength(Lengths.Text);
        builder.Property(a => a.OurAgencyName).HasMaxLength(Lengths.Text);
        builder.Property(a => a.SignedPlace).HasMaxLength(Lengths.Text);
        builder.Property(a => a.MeetingRequestId).HasMaxLength(Lengths.Id);
        builder.Property(a => a.Status).HasMaxLength(Lengths.Id);
        builder.HasIndex(a => new { a.EventId, a.ScenarioId }).IsUnique();
        builder.HasIndex(a => a.PartnerPartyCode);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
