using System.Text;
using Microsoft.Data.Sqlite;
using PostCatalog.Api.Commands;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Tests.Generation;

/// <summary>The generator: same seed, same rows; a consistent catalog; and the verb that runs it.</summary>
public sealed class CatalogGeneratorTests : IDisposable
{
    private static readonly string[] Tables =
        ["categories", "tags", "authors", "posts", "post_categories", "post_tags", "bylines", "post_sources", "post_search"];

    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-generate-").FullName;

    [Fact]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = await GenerateAsync("a.db", posts: 2_000, seed: 7);
        var again = await GenerateAsync("b.db", posts: 2_000, seed: 7);
        var other = await GenerateAsync("c.db", posts: 2_000, seed: 8);

        var dump = Dump(first);
        Assert.Equal(dump, Dump(again));
        Assert.NotEqual(dump, Dump(other));
    }

    [Fact]
    public async Task The_catalog_is_consistent_and_shaped_like_the_seeds()
    {
        var path = await GenerateAsync("catalog.db", posts: 3_000, seed: 3);

        using var connection = Open(path);
        Assert.Empty(Rows(connection, "PRAGMA foreign_key_check"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal("3000", Scalar(connection, "SELECT count(*) FROM posts"));
        Assert.Equal("3000", Scalar(connection, "SELECT count(*) FROM post_search"));
        Assert.Equal("18", Scalar(connection, "SELECT count(*) FROM categories"));
        Assert.Equal("0", Scalar(connection, "SELECT count(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_categories c WHERE c.post_id = p.id)"));
        Assert.Equal("0", Scalar(connection, "SELECT count(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM bylines b WHERE b.post_id = p.id)"));
        Assert.Equal("0", Scalar(connection, "SELECT count(*) FROM posts p WHERE NOT EXISTS (SELECT 1 FROM post_sources s WHERE s.post_id = p.id)"));
        // Ten years of dates, and roles taken from the seeds' bylines.
        Assert.Equal("2015-10-01|2025-09-30", Scalar(connection, "SELECT min(published_at) || '|' || max(published_at) FROM posts"));
        Assert.Contains("Senior Data Scientist", Rows(connection, "SELECT DISTINCT role FROM bylines WHERE role IS NOT NULL"));
        // Indexes dropped for the bulk insert are back.
        Assert.Contains("ix_posts_slug", Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'index'"));
    }

    [Fact]
    public async Task A_catalog_with_posts_is_refused_unless_replace_is_asked_for()
    {
        var path = await GenerateAsync("catalog.db", posts: 100, seed: 1);
        var vocabulary = await GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]);
        var database = await CatalogDatabase.OpenAsync(path);

        Assert.Throws<InvalidOperationException>(() => new CatalogGenerator(vocabulary).Generate(database.ConnectionString, new GeneratorOptions { Posts = 50 }));
        new CatalogGenerator(vocabulary).Generate(database.ConnectionString, new GeneratorOptions { Posts = 50, Replace = true });

        using var connection = Open(path);
        Assert.Equal("50", Scalar(connection, "SELECT count(*) FROM posts"));
    }

    [Fact]
    public async Task The_generate_verb_writes_the_catalog_it_is_asked_for()
    {
        var path = Path.Combine(_directory, "verb.db");

        var exitCode = await CommandLine.RunAsync(["generate", "--posts", "1500", "--database", path, "--seed", "7", "--seeds", RepositoryRoot.Combine("seeds")]);

        Assert.Equal(0, exitCode);
        Assert.Equal(Dump(await GenerateAsync("library.db", posts: 1_500, seed: 7)), Dump(path));
    }

    [Theory]
    [InlineData("missing", "no seed documents at")]
    [InlineData("empty", "hold no posts or categories")]
    public async Task The_generate_verb_without_seed_documents_says_so_and_leaves_no_catalog(string seedsFolder, string message)
    {
        var path = Path.Combine(_directory, "no-seeds.db");
        var seeds = Path.Combine(_directory, seedsFolder);
        if (seedsFolder == "empty") Directory.CreateDirectory(seeds);
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int exitCode;
        try
        {
            exitCode = await CommandLine.RunAsync(["generate", "--posts", "10", "--database", path, "--seeds", seeds]);
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error.ToString());
        Assert.Contains(seeds, error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.False(File.Exists(path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private async Task<string> GenerateAsync(string file, int posts, int seed)
    {
        var path = Path.Combine(_directory, file);
        var database = await CatalogDatabase.OpenAsync(path);
        var vocabulary = await GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]);
        new CatalogGenerator(vocabulary).Generate(database.ConnectionString, new GeneratorOptions { Posts = posts, Seed = seed });
        return path;
    }

    /// <summary>Every row of every catalog table, as text, in a fixed order.</summary>
    private static string Dump(string path)
    {
        using var connection = Open(path);
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            text.AppendLine($"== {table}");
            foreach (var row in Rows(connection, $"SELECT rowid, * FROM {table} ORDER BY rowid")) text.AppendLine(row);
        }
        return text.ToString();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private static string? Scalar(SqliteConnection connection, string sql) => Rows(connection, sql).FirstOrDefault();
}
