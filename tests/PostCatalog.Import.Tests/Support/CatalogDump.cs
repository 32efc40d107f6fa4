using System.Text;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;

namespace PostCatalog.Import.Tests.Support;

/// <summary>Every catalog row as deterministic text (ids included), for snapshots and before/after comparisons.</summary>
public static class CatalogDump
{
    public static async Task<string> DumpAsync(CatalogDbContext db)
    {
        var text = new StringBuilder();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var posts = await db.Posts.AsNoTracking()
            .Include(p => p.Categories).ThenInclude(l => l.Category)
            .Include(p => p.Tags).ThenInclude(l => l.Tag)
            .Include(p => p.Bylines).ThenInclude(b => b.Author)
            .Include(p => p.Sources)
            .AsSplitQuery().OrderBy(p => p.Id).ToListAsync();

        text.AppendLine($"# categories ({categories.Count})");
        foreach (var c in categories)
            text.AppendLine($"{c.Id} {c.Name} | slug={c.Slug} wp={c.WordPressId?.ToString() ?? "-"} declared={c.DeclaredPostCount?.ToString() ?? "-"}");
        text.AppendLine($"# tags ({tags.Count})");
        foreach (var t in tags) text.AppendLine($"{t.Id} {t.Name} | slug={t.Slug}");
        text.AppendLine($"# authors ({authors.Count})");
        foreach (var a in authors) text.AppendLine($"{a.Id} {a.Name} | slug={a.Slug}");

        text.AppendLine($"# posts ({posts.Count})");
        foreach (var p in posts)
        {
            text.AppendLine($"{p.Id} {p.Title}");
            text.AppendLine($"   slug={p.Slug ?? "-"} wp={p.WordPressId?.ToString() ?? "-"} date={p.PublishedAt?.ToString("yyyy-MM-dd") ?? "-"} url={p.Url ?? "-"}");
            text.AppendLine($"   thumbnail={p.ThumbnailUrl ?? "-"}");
            text.AppendLine($"   excerpt{(p.IsExcerptTruncated ? " (cut)" : "")}: {p.Excerpt ?? "-"}");
            text.AppendLine($"   categories: {string.Join(", ", p.Categories.Select(l => l.Category.Name).Order(StringComparer.Ordinal))}");
            text.AppendLine($"   tags: {string.Join(", ", p.Tags.Select(l => l.Tag.Slug).Order(StringComparer.Ordinal))}");
            text.AppendLine($"   bylines: {string.Join("; ", p.Bylines.OrderBy(b => b.Position).Select(b => $"{b.Position}:{b.Author.Name}{(b.Role is null ? "" : $" ({b.Role})")}"))}");
            foreach (var s in p.Sources.OrderBy(s => s.Id))
                text.AppendLine($"   source {s.Id}: {s.Document} {s.Position} [{s.Format}] date={s.DateText ?? "-"} title={s.Title}");
        }
        return text.ToString();
    }

    /// <summary>The FTS5 rows, to check the search index matches the posts.</summary>
    public static async Task<List<(long RowId, string Title, string Categories, string Authors)>> SearchRowsAsync(CatalogDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, title, categories, authors FROM post_search ORDER BY rowid";
        var rows = new List<(long, string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return rows;
    }
}
