using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.Catalog.Migrations;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.EndToEnd;

/// <summary>The catalog file is created, upgraded in place, and never silently recreated.</summary>
public sealed class CatalogSchemaTests
{
    [Fact]
    public async Task A_new_file_gets_every_schema_step_and_the_model_matches_the_tables()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await using var db = catalog.CreateContext();

        Assert.Equal(CatalogMigrator.Sqlite.LatestVersion, catalog.Database.SchemaVersion);
        Assert.Equal(SqliteMigrations.All.Select(s => s.Version), catalog.Database.AppliedSteps.Select(s => s.Version));
        Assert.True(await catalog.Database.IsEmptyAsync());
        // Every mapped table and column exists: querying each set would fail otherwise.
        Assert.Empty(await db.Posts.ToListAsync());
        Assert.Empty(await db.Categories.ToListAsync());
        Assert.Empty(await db.Tags.ToListAsync());
        Assert.Empty(await db.Authors.ToListAsync());
        Assert.Empty(await db.Bylines.ToListAsync());
        Assert.Empty(await db.PostCategories.ToListAsync());
        Assert.Empty(await db.PostTags.ToListAsync());
        Assert.Empty(await db.PostSources.ToListAsync());
        Assert.Empty(await db.ImportRuns.ToListAsync());
    }

    [Fact]
    public async Task An_older_file_is_upgraded_and_keeps_its_rows()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var path = Path.Combine(catalog.Folder, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            // A file written by a build that only knew step 1.
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
                {SqliteMigrations.All[0].Sql}
                INSERT INTO schema_version VALUES (1, 'catalog tables and indexes', '2025-01-01');
                INSERT INTO posts (title) VALUES ('Kept across the upgrade');
                """;
            await command.ExecuteNonQueryAsync();
        }

        var database = await CatalogDatabase.OpenAsync(path);

        // Every later step, in order, and nothing more.
        Assert.Equal(SqliteMigrations.All.Skip(1).Select(s => s.Version), database.AppliedSteps.Select(s => s.Version));
        Assert.Equal(CatalogMigrator.Sqlite.LatestVersion, database.SchemaVersion);
        await using var db = database.CreateDbContext();
        Assert.Equal("Kept across the upgrade", (await db.Posts.SingleAsync()).Title);
        Assert.False(await database.IsEmptyAsync());
        Assert.Empty((await CatalogDatabase.OpenAsync(path)).AppliedSteps);
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused_not_rewritten()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await using (var connection = new SqliteConnection(catalog.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CatalogDatabase.OpenAsync(catalog.Path));

        Assert.Contains("schema version 99", error.Message);
    }
}
