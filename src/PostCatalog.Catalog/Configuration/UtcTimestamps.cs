using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PostCatalog.Catalog.Configuration;

/// <summary>
/// PostgreSQL's <c>timestamptz</c> holds an instant, and Npgsql writes only UTC offsets: every DateTimeOffset is
/// stored as its UTC instant (a scrape dated +02:00 reads back as the same moment in UTC). SQLite keeps the text.
/// </summary>
internal static class UtcTimestamps
{
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc = new(v => v.ToUniversalTime(), v => v);

    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
            {
                property.SetValueConverter(ToUtc);
            }
        }
    }
}
