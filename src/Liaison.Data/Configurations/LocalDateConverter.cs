using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Liaison.Data.Configurations;

/// <summary>Stores a NodaTime <see cref="LocalDate"/> (ISO calendar) as a <see cref="DateOnly"/>.</summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => date.ToDateOnly(),
    stored => LocalDate.FromDateOnly(stored));
