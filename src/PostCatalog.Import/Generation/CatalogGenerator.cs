using System.Diagnostics;
using System.Globalization;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PostCatalog.Catalog;
using PostCatalog.Catalog.Search;
using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Generation;

/// <summary>
/// Fills a catalog database with a synthetic, realistic and reproducible catalog of any size: the seeds' categories,
/// tags drawn from the seeds, authors with the seeds' roles, titles and excerpts walked from the seeds' words,
/// dates over ten years, provenance rows, and the full-text index. Written with raw bulk writes in ONE transaction
/// (a failure leaves the catalog as it was): batched multi-row INSERTs on SQLite, binary COPY on PostgreSQL
/// (<see cref="RowInserters"/>), the secondary indexes (and on PostgreSQL the foreign keys) dropped first and built
/// once at the end. Usage:
/// <code>
/// var database = await CatalogDatabase.OpenAsync("big.db");           // schema first (or a PostgreSQL one)
/// var vocabulary = await GeneratorVocabulary.FromDocumentsAsync(["seeds"]);
/// var result = new CatalogGenerator(vocabulary).Generate(database, new GeneratorOptions { Posts = 100_000, Seed = 7 });
/// </code>
/// </summary>
public sealed class CatalogGenerator(GeneratorVocabulary vocabulary)
{
    private const string Site = "https://engineering.atspotify.com";
    private static readonly string[] Formats = ["markdown-listing", "feed-digest", "plain-listing", "wordpress-html"];
    private static readonly string[] Tables = [SqliteSearchIndex.Table, "post_sources", "bylines", "post_tags", "post_categories", "posts", "authors", "tags", "categories", "import_runs"];

    /// <summary>Generates into a SQLite file given by its connection string.</summary>
    public GenerationResult Generate(string connectionString, GeneratorOptions options, CancellationToken cancellationToken = default) =>
        Generate(connectionString, options, null, cancellationToken);

    public GenerationResult Generate(string connectionString, GeneratorOptions options, IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken = default) =>
        GenerateSqlite(connectionString, options, progress, cancellationToken);

    /// <param name="progress">Told the posts written so far (every 1,000), then that the indexes are being built.</param>
    public GenerationResult Generate(CatalogDatabase database, GeneratorOptions options, IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default) => database.Provider == CatalogProvider.PostgreSQL
        ? GeneratePostgres(database.ConnectionString, options, progress, cancellationToken)
        : GenerateSqlite(database.ConnectionString, options, progress, cancellationToken);

    private GenerationResult GenerateSqlite(string connectionString, GeneratorOptions options, IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Posts);
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // The rows are consistent by construction, and batches of child rows may reach SQLite before their parents'
        // batch: foreign keys are not checked row by row (the tests run PRAGMA foreign_key_check on the result).
        // synchronous = OFF: no fsync per page; a failure or a killed process still rolls back to the old catalog,
        // only a power cut during the commit could not. A generated catalog can always be generated again.
        Execute(connection, null, "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072;");

        using var transaction = connection.BeginTransaction();
        if (Scalar(connection, transaction, "SELECT EXISTS (SELECT 1 FROM posts)") != 0)
        {
            if (!options.Replace) throw new InvalidOperationException("The catalog already holds posts; pass Replace (--replace) to overwrite them.");
            foreach (var table in Tables) Execute(connection, transaction, $"DELETE FROM {table}");
        }

        // Indexes are rebuilt once at the end: one sort per index instead of a B-tree insert per row.
        var indexes = DropIndexes(connection, transaction);
        using var rows = new Writer(connection, options.RowsPerStatement, search: true);
        var counts = WriteRows(rows, options, progress, cancellationToken);
        progress?.Report(new GenerationProgress(options.Posts, options.Posts, GenerationPhase.Indexes));
        foreach (var sql in indexes) Execute(connection, transaction, sql);
        transaction.Commit();

        return counts with { Elapsed = clock.Elapsed };
    }

    /// <summary>
    /// PostgreSQL: under the catalog's write lock (and announcing the commit, <see cref="CatalogWriteLock"/>), the
    /// tables emptied with TRUNCATE, secondary indexes and foreign keys dropped, every row copied, then the constraints
    /// (checked once, in bulk), the indexes, the search documents (one INSERT ... SELECT) and the identity sequences
    /// restored; ANALYZE after the commit so the planner knows the new sizes at once.
    /// </summary>
    private GenerationResult GeneratePostgres(string connectionString, GeneratorOptions options, IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Posts);
        var clock = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, transaction, CatalogWriteLock.EnterSql + " SET LOCAL maintenance_work_mem = '256MB';");
            if (Scalar(connection, transaction, "SELECT CASE WHEN EXISTS (SELECT 1 FROM posts) THEN 1 ELSE 0 END") != 0)
            {
                if (!options.Replace) throw new InvalidOperationException("The catalog already holds posts; pass Replace (--replace) to overwrite them.");
            }
            Execute(connection, transaction, $"TRUNCATE {string.Join(", ", Tables)}");

            var rebuild = DropPostgresIndexesAndKeys(connection, transaction);
            using (var rows = new Writer(connection, options.RowsPerStatement, search: false))
            {
                var counts = WriteRows(rows, options, progress, cancellationToken);
                progress?.Report(new GenerationProgress(options.Posts, options.Posts, GenerationPhase.Indexes));
                // The search documents before their GIN index (one build instead of a GIN insert per post).
                Execute(connection, transaction, PostgresSearchIndex.RebuildAllSql);
                foreach (var sql in rebuild) Execute(connection, transaction, sql);
                foreach (var table in Tables.Where(t => t is not "post_categories" and not "post_tags" and not "bylines" and not SqliteSearchIndex.Table))
                {
                    Execute(connection, transaction, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)");
                }
                transaction.Commit();
                Execute(connection, null, "ANALYZE");
                return counts with { Elapsed = clock.Elapsed };
            }
        }
    }

    private GenerationResult WriteRows(Writer w, GeneratorOptions options, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var categories = vocabulary.Categories;
        for (var i = 0; i < categories.Count; i++)
            w.Categories.Add(i + 1, categories[i].Name, categories[i].Slug, categories[i].WordPressId, null);
        var tags = vocabulary.Tags;
        for (var i = 0; i < tags.Count; i++) w.Tags.Add(i + 1, tags[i].Name, tags[i].Slug);
        var authors = MakeAuthors(random, options.Authors ?? Math.Max(vocabulary.FirstNames.Count, options.Posts / 250));
        for (var i = 0; i < authors.Count; i++) w.Authors.Add(i + 1, authors[i].Name, authors[i].Slug);

        var firstDay = options.LastDate.AddYears(-options.Years).AddDays(1);
        var days = options.LastDate.DayNumber - firstDay.DayNumber + 1;
        var picked = new List<int>(4);
        for (var id = 1; id <= options.Posts; id++)
        {
            if (id % 10_000 == 0) cancellationToken.ThrowIfCancellationRequested();
            if (id % 1_000 == 0) progress?.Report(new GenerationProgress(id, options.Posts, GenerationPhase.Posts));
            // Ids follow publication order, as on a real blog: a few hundred posts a day at 1,000,000 posts.
            // The first post on the first day, the last on LastDate.
            var date = DateOnly.FromDayNumber(firstDay.DayNumber + (int)((long)(id - 1) * (days - 1) / Math.Max(1, options.Posts - 1)));
            var title = vocabulary.Titles.Walk(random, 3, 10);
            var excerpt = vocabulary.Excerpts.Walk(random, 12, 32);
            var truncated = random.Next(10) < 6;
            var slug = Slugs.Slugify(title) is { Length: > 0 } s ? $"{s}-{id}" : $"post-{id}";
            var url = $"{Site}/{date:yyyy}/{date:MM}/{slug}";
            var thumbnail = random.Next(2) == 0 ? $"{Site}/wp-content/uploads/{date:yyyy}/{date:MM}/{slug}.png" : null;
            w.Posts.Add(id, title, slug, url, 100_000 + id, date, excerpt, truncated, thumbnail);

            Pick(random, categories.Count, 1 + random.Next(3), picked);
            var categoryNames = string.Join(' ', picked.Select(c => categories[c].Name));
            foreach (var c in picked) w.PostCategories.Add(id, c + 1);

            Pick(random, tags.Count, random.Next(4), picked);
            foreach (var t in picked) w.PostTags.Add(id, t + 1);

            Pick(random, authors.Count, 1 + (random.Next(10) < 6 ? 0 : random.Next(1, 3)), picked);
            var authorNames = string.Join(' ', picked.Select(a => authors[a].Name));
            for (var position = 0; position < picked.Count; position++)
            {
                var role = vocabulary.Roles[random.Next(vocabulary.Roles.Count)];
                w.Bylines.Add(id, picked[position] + 1, role.Length == 0 ? null : role, position);
            }

            var mentions = 1 + random.Next(2);
            for (var m = 0; m < mentions; m++)
            {
                var document = random.Next(5);
                w.Sources.Add(id, $"generated-{options.Seed}-{document}.txt", Formats[document % Formats.Length], $"line {random.Next(1, 5000)}",
                    title, excerpt + (truncated ? "..." : ""), date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture).ToUpperInvariant());
            }

            w.Search?.Add(id, title, excerpt, categoryNames, authorNames);
        }
        w.Complete();
        return new GenerationResult(options.Posts, categories.Count, tags.Count, authors.Count,
            w.PostCategories.RowsWritten, w.PostTags.RowsWritten, w.Bylines.RowsWritten, w.Sources.RowsWritten, TimeSpan.Zero);
    }

    /// <summary>Authors named from the seeds' first and last names; slugs made unique with a number.</summary>
    private List<(string Name, string Slug)> MakeAuthors(Random random, int count)
    {
        var result = new List<(string, string)>(count);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = $"{vocabulary.FirstNames[random.Next(vocabulary.FirstNames.Count)]} {vocabulary.LastNames[random.Next(vocabulary.LastNames.Count)]}";
            var slug = Slugs.Slugify(name);
            for (var n = 2; !slugs.Add(slug); n++) slug = $"{Slugs.Slugify(name)}-{n}";
            result.Add((name, slug));
        }
        return result;
    }

    /// <summary>Up to <paramref name="count"/> distinct indexes below <paramref name="size"/>, skewed to the low ones
    /// (a few categories, tags and authors carry most posts, as on the real blog).</summary>
    private static void Pick(Random random, int size, int count, List<int> picked)
    {
        picked.Clear();
        count = Math.Min(count, size);
        while (picked.Count < count)
        {
            var index = (int)(size * Math.Pow(random.NextDouble(), 1.7));
            if (!picked.Contains(index)) picked.Add(index);
        }
    }

    private static List<string> DropIndexes(SqliteConnection connection, SqliteTransaction transaction)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('posts', 'post_categories', 'post_tags', 'bylines', 'post_sources', 'authors', 'tags', 'categories')";
            using var reader = command.ExecuteReader();
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes) Execute(connection, transaction, $"DROP INDEX \"{name}\"");
        return indexes.Select(i => i.Sql).ToList();
    }

    /// <summary>
    /// The secondary indexes and foreign keys of the catalog's tables, dropped; returns the statements that restore
    /// them, constraints first (their indexes are the primary keys, which stay).
    /// </summary>
    private static List<string> DropPostgresIndexesAndKeys(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var tables = string.Join(", ", Tables.Select(t => $"'{t}'"));
        var keys = new List<(string Table, string Name, string Definition)>();
        var indexes = new List<(string Name, string Definition)>();
        using (var command = new NpgsqlCommand($"""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND conrelid::regclass::text IN ({tables})
            """, connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        using (var command = new NpgsqlCommand($"""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename IN ({tables})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
            """, connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (table, name, _) in keys) Execute(connection, transaction, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        foreach (var (name, _) in indexes) Execute(connection, transaction, $"DROP INDEX \"{name}\"");
        return [.. keys.Select(k => $"ALTER TABLE {k.Table} ADD CONSTRAINT \"{k.Name}\" {k.Definition}"), .. indexes.Select(i => i.Definition)];
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0; // an index build over millions of rows takes what it takes
        command.ExecuteNonQuery();
    }

    private static long Scalar(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>One inserter per table, in the catalog's column names; the search rows only where the index takes them directly (SQLite).</summary>
    private sealed class Writer(DbConnection connection, int rowsPerStatement, bool search) : IDisposable
    {
        public IRowInserter Categories { get; } = RowInserters.Open(connection, "categories", ["id", "name", "slug", "word_press_id", "declared_post_count"], rowsPerStatement);
        public IRowInserter Tags { get; } = RowInserters.Open(connection, "tags", ["id", "name", "slug"], rowsPerStatement);
        public IRowInserter Authors { get; } = RowInserters.Open(connection, "authors", ["id", "name", "slug"], rowsPerStatement);
        public IRowInserter Posts { get; } = RowInserters.Open(connection, "posts",
            ["id", "title", "slug", "url", "word_press_id", "published_at", "excerpt", "is_excerpt_truncated", "thumbnail_url"], rowsPerStatement);
        public IRowInserter PostCategories { get; } = RowInserters.Open(connection, "post_categories", ["post_id", "category_id"], rowsPerStatement);
        public IRowInserter PostTags { get; } = RowInserters.Open(connection, "post_tags", ["post_id", "tag_id"], rowsPerStatement);
        public IRowInserter Bylines { get; } = RowInserters.Open(connection, "bylines", ["post_id", "author_id", "role", "position"], rowsPerStatement);
        public IRowInserter Sources { get; } = RowInserters.Open(connection, "post_sources",
            ["post_id", "document", "format", "position", "title", "excerpt", "date_text"], rowsPerStatement);
        public IRowInserter? Search { get; } = search ? RowInserters.Open(connection, SqliteSearchIndex.Table, SqliteSearchIndex.Columns, rowsPerStatement) : null;

        private IEnumerable<IRowInserter> All => new[] { Categories, Tags, Authors, Posts, PostCategories, PostTags, Bylines, Sources, Search }.OfType<IRowInserter>();

        public void Complete() { foreach (var inserter in All) inserter.Complete(); }

        public void Dispose() { foreach (var inserter in All) inserter.Dispose(); }
    }
}

/// <summary>Where a generation run is: posts written of the total, then the one-off index build.</summary>
public sealed record GenerationProgress(int PostsWritten, int Posts, GenerationPhase Phase);

public enum GenerationPhase
{
    Posts,
    Indexes,
}

/// <summary>What <see cref="CatalogGenerator.Generate(CatalogDatabase, GeneratorOptions, IProgress{GenerationProgress}, CancellationToken)"/> wrote and how long it took.</summary>
public sealed record GenerationResult(int Posts, int Categories, int Tags, int Authors,
    long PostCategories, long PostTags, long Bylines, long Sources, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"Generated {Posts:N0} posts, {Categories} categories, {Tags} tags, {Authors:N0} authors, {Bylines:N0} bylines, " +
        $"{PostCategories + PostTags:N0} category/tag links, {Sources:N0} source rows in {Elapsed.TotalSeconds:F1} s " +
        $"({(Elapsed.TotalSeconds > 0 ? Posts / Elapsed.TotalSeconds : 0):N0} posts/s).";
}
