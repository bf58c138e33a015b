using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Juesuan.Data;

/// <summary>
/// Every time the store keeps is UTC. SQLite keeps no kind and gives back Unspecified; PostgreSQL
/// (timestamptz) refuses a time that is not UTC. Written: made UTC (an unspecified time is taken
/// as UTC); read: marked UTC.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
