using Npgsql;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Catalog.Migrations;
using Microsoft.EntityFrameworkCore;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>A PostgreSQL catalog is created and upgraded in place by the same versions as a SQLite file, never recreated.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly string _connection = TestCatalogProvider.IsPostgres ? TestCatalogProvider.NewPostgresDatabase() : "";

    public void Dispose()
    {
        if (TestCatalogProvider.IsPostgres) TestCatalogProvider.DropPostgresDatabase(_connection);
    }

    [PostgresOnlyFact]
    public async Task An_older_database_is_upgraded_and_keeps_its_rows()
    {
        // A database written by a build that only knew version 1, holding one post.
        await CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, _connection); // creates the database
        await using (var connection = new NpgsqlConnection(_connection))
        {
            await connection.OpenAsync();
            await using var reset = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
            await reset.ExecuteNonQueryAsync();
            Assert.Equal([1], (await CatalogMigrator.PostgreSQL.MigrateAsync(connection, upTo: 1)).Select(m => m.Version));
            await using var insert = new NpgsqlCommand("INSERT INTO posts (title) VALUES ('Kept across the upgrade')", connection);
            await insert.ExecuteNonQueryAsync();
        }

        var database = await CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, _connection);

        Assert.Equal(CatalogMigrator.PostgreSQL.Migrations.Skip(1).Select(m => m.Version), database.AppliedSteps.Select(m => m.Version));
        Assert.Equal(CatalogMigrator.Sqlite.LatestVersion, database.SchemaVersion);
        await using var db = database.CreateDbContext();
        Assert.Equal("Kept across the upgrade", (await db.Posts.SingleAsync()).Title);
        Assert.Empty(await db.Documents.ToListAsync()); // version 4's table is there
        Assert.Empty((await CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, _connection)).AppliedSteps);
    }

    [PostgresOnlyFact]
    public async Task A_database_from_a_newer_build_is_refused_not_rewritten()
    {
        await CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, _connection);
        await using (var connection = new NpgsqlConnection(_connection))
        {
            await connection.OpenAsync();
            await using var future = new NpgsqlCommand("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')", connection);
            await future.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, _connection));

        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public void Both_providers_know_the_same_versions()
    {
        Assert.Equal(CatalogMigrator.Sqlite.Migrations.Select(m => (m.Version, m.Description)),
            CatalogMigrator.PostgreSQL.Migrations.Select(m => (m.Version, m.Description)));
    }
}
