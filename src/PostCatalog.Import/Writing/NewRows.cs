using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;
using SQLitePCL;

namespace PostCatalog.Import.Writing;

/// <summary>
/// Inserts posts that are new to the catalog, with their links and sources, and new documents, as batched multi-row INSERTs on the
/// import's own connection and transaction (<see cref="BatchInserter"/>, as the generator does). EF Core writes one
/// statement per row, which made a thousand-document import spend most of its time in SaveChanges. Ids are taken
/// after the highest the table has ever given (AUTOINCREMENT's sqlite_sequence), so none is reused. Parents are
/// written before children: foreign keys stay on.
/// </summary>
internal static class NewRows
{
    private const int RowsPerStatement = 500;

    /// <returns>Rows written. Each post's <see cref="Post.Id"/> is set.</returns>
    public static int Insert(CatalogDbContext db, IReadOnlyList<Post> posts)
    {
        if (posts.Count == 0) return 0;
        var connection = OpenTransactionConnection(db);

        var next = NextId(connection);
        using (var rows = new BatchInserter(connection, "posts",
                   ["id", "title", "slug", "url", "word_press_id", "published_at", "excerpt", "is_excerpt_truncated", "thumbnail_url"], RowsPerStatement))
        {
            foreach (var post in posts)
            {
                post.Id = checked((int)next++);
                rows.Add(post.Id, post.Title, post.Slug, post.Url, post.WordPressId,
                    post.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), post.Excerpt, post.IsExcerptTruncated ? 1 : 0, post.ThumbnailUrl);
            }
            rows.Complete();
        }

        using var categories = new BatchInserter(connection, "post_categories", ["post_id", "category_id"], RowsPerStatement);
        using var tags = new BatchInserter(connection, "post_tags", ["post_id", "tag_id"], RowsPerStatement);
        using var bylines = new BatchInserter(connection, "bylines", ["post_id", "author_id", "role", "position"], RowsPerStatement);
        using var sources = new BatchInserter(connection, "post_sources", ["post_id", "document", "format", "position", "title", "excerpt", "date_text"], RowsPerStatement);
        foreach (var post in posts)
        {
            foreach (var link in post.Categories) categories.Add(post.Id, link.Category.Id);
            foreach (var link in post.Tags) tags.Add(post.Id, link.Tag.Id);
            foreach (var byline in post.Bylines) bylines.Add(post.Id, byline.Author.Id, byline.Role, byline.Position);
            foreach (var s in post.Sources) sources.Add(post.Id, s.Document, s.Format, s.Position, s.Title, s.Excerpt, s.DateText);
        }
        foreach (var inserter in new[] { categories, tags, bylines, sources }) inserter.Complete();
        return (int)(posts.Count + categories.RowsWritten + tags.RowsWritten + bylines.RowsWritten + sources.RowsWritten);
    }

    /// <summary>The new documents, text included, in one batched INSERT per hundred.</summary>
    public static int InsertDocuments(CatalogDbContext db, IReadOnlyList<StoredDocument> documents)
    {
        if (documents.Count == 0) return 0;
        var connection = OpenTransactionConnection(db);
        using var rows = new BatchInserter(connection, "documents",
            ["name", "content_hash", "format", "source_url", "scraped_at", "imported_at", "byte_count", "content"], 100);
        foreach (var d in documents)
            rows.Add(d.Name, d.ContentHash, d.Format, d.SourceUrl, d.ScrapedAt is { } scraped ? Timestamp(scraped) : null, Timestamp(d.ImportedAt), d.ByteCount, d.Content);
        rows.Complete();
        return documents.Count;
    }

    /// <summary>EF Core's SQLite text form of a DateTimeOffset, so the rows read back through the model.</summary>
    private static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static SqliteConnection OpenTransactionConnection(CatalogDbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection connection && db.Database.CurrentTransaction is not null
            ? connection
            : throw new InvalidOperationException("New rows are written on the import's open SQLite transaction.");

    private static long NextId(SqliteConnection connection)
    {
        const string sql = "SELECT max(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'posts'), 0), COALESCE((SELECT max(id) FROM posts), 0)) + 1";
        var db = connection.Handle!;
        if (raw.sqlite3_prepare_v2(db, sql, out var statement) != raw.SQLITE_OK)
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), raw.sqlite3_errcode(db));
        using (statement)
        {
            raw.sqlite3_step(statement);
            return raw.sqlite3_column_int64(statement, 0);
        }
    }
}
