using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Liaison.Data.Configurations;

/// <summary>Stores a NodaTime <see cref="Instant"/> as a UTC <see cref="DateTime"/> (PostgreSQL <c>timestamptz</c>, SQLite ISO text that sorts in time order).</summary>
public sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    stored => Instant.FromDateTimeUtc(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
