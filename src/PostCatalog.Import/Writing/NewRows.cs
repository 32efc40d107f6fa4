using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;
using SQLitePCL;

namespace PostCatalog.Import.Writing;

/// <summary>
/// Inserts posts that are new to the catalog, with their links and sources, and new documents, on the import's own
/// connection and transaction with the generator's row inserters (<see cref="RowInserters"/>: batched multi-row
/// INSERTs on SQLite, binary COPY on PostgreSQL). EF Core writes one statement per row, which made a thousand-document
/// import spend most of its time in SaveChanges. Ids are taken after the highest the table has ever given (SQLite's
/// AUTOINCREMENT sqlite_sequence, PostgreSQL's identity sequence), so none is reused. Parents are written before
/// children, one table after the other: foreign keys stay on.
/// </summary>
internal static class NewRows
{
    private const int RowsPerStatement = 500;

    /// <returns>Rows written. Each post's <see cref="Post.Id"/> is set.</returns>
    public static int Insert(CatalogDbContext db, IReadOnlyList<Post> posts)
    {
        if (posts.Count == 0)
        {
            return 0;
        }

        var connection = OpenTransactionConnection(db);
        var next = NextId(connection);
        using (var rows = RowInserters.Open(connection, "posts",
                   ["id", "title", "slug", "url", "word_press_id", "published_at", "excerpt", "is_excerpt_truncated", "thumbnail_url"], RowsPerStatement))
        {
            foreach (var post in posts)
            {
                post.Id = checked((int)next++);
                rows.Add(post.Id, post.Title, post.Slug, post.Url, post.WordPressId, post.PublishedAt, post.Excerpt, post.IsExcerptTruncated, post.ThumbnailUrl);
            }
            rows.Complete();
        }
        if (db.Provider == CatalogProvider.PostgreSQL)
        {
            Execute(connection, $"SELECT setval(pg_get_serial_sequence('posts', 'id'), {next - 1})");
        }

        var written = (long)posts.Count;
        written += Write(connection, "post_categories", ["post_id", "category_id"], posts.SelectMany(p => p.Categories.Select(l => new object?[] { p.Id, l.Category.Id })));
        written += Write(connection, "post_tags", ["post_id", "tag_id"], posts.SelectMany(p => p.Tags.Select(l => new object?[] { p.Id, l.Tag.Id })));
        written += Write(connection, "bylines", ["post_id", "author_id", "role", "position"],
            posts.SelectMany(p => p.Bylines.Select(b => new object?[] { p.Id, b.Author.Id, b.Role, b.Position })));
        written += Write(connection, "post_sources", ["post_id", "document", "format", "position", "title", "excerpt", "date_text"],
            posts.SelectMany(p => p.Sources.Select(s => new object?[] { p.Id, s.Document, s.Format, s.Position, s.Title, s.Excerpt, s.DateText })));
        return (int)written;
    }

    /// <summary>The new documents, text included, a hundred to a statement (SQLite) or in one COPY (PostgreSQL).</summary>
    public static int InsertDocuments(CatalogDbContext db, IReadOnlyList<StoredDocument> documents)
    {
        if (documents.Count == 0)
        {
            return 0;
        }

        return (int)Write(OpenTransactionConnection(db), "documents",
            ["name", "content_hash", "format", "source_url", "scraped_at", "imported_at", "byte_count", "content"],
            documents.Select(d => new object?[] { d.Name, d.ContentHash, d.Format, d.SourceUrl, d.ScrapedAt, d.ImportedAt, d.ByteCount, d.Content }), 100);
    }

    /// <summary>One table's rows, completed before the next table starts.</summary>
    private static long Write(DbConnection connection, string table, string[] columns, IEnumerable<object?[]> rows, int rowsPerStatement = RowsPerStatement)
    {
        using var inserter = RowInserters.Open(connection, table, columns, rowsPerStatement);
        foreach (var row in rows)
        {
            inserter.Add(row);
        }
        inserter.Complete();
        return inserter.RowsWritten;
    }

    private static DbConnection OpenTransactionConnection(CatalogDbContext db) =>
        db.Database.CurrentTransaction is not null
            ? db.Database.GetDbConnection()
            : throw new InvalidOperationException("New rows are written on the import's open transaction.");

    private static long NextId(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            // The sequence's last value (NULL before its first use) or the highest id written with an explicit id.
            return Convert.ToInt64(Scalar(connection,
                "SELECT GREATEST(pg_sequence_last_value(pg_get_serial_sequence('posts', 'id')::regclass), (SELECT max(id) FROM posts), 0) + 1"));
        }

        const string sql = "SELECT max(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'posts'), 0), COALESCE((SELECT max(id) FROM posts), 0)) + 1";
        var handle = sqlite.Handle!;
        if (raw.sqlite3_prepare_v2(handle, sql, out var statement) != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), raw.sqlite3_errcode(handle));
        }

        using (statement)
        {
            raw.sqlite3_step(statement);
            return raw.sqlite3_column_int64(statement, 0);
        }
    }

    private static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
