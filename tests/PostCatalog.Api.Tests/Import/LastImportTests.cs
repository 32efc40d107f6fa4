using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Import;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Import;

/// <summary><c>lastImport</c> serves the report of the import of seeds/ that the host ran on its empty catalog.</summary>
public sealed class LastImportTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private const string Query = """
        { lastImport { startedAt finishedAt
            counts { documentsRead documentsSkipped mentions posts categories tags authors quarantined warnings }
            changes { added updated removed }
            documents { name format status mentions message }
            merges { title slug mentions sources matchedBy }
            warnings { document position message }
            quarantined { document position title reason } } }
        """;

    [Fact]
    public async Task The_report_of_the_seeds_import_counts_36_posts_1_quarantined_and_4_warnings()
    {
        var report = (await api.CreateClient().PostGraphQLAsync(Query)).DataWithoutErrors()["lastImport"]!;

        Assert.Equal(36, report["counts"]!["posts"]!.GetValue<int>());
        Assert.Equal(1, report["counts"]!["quarantined"]!.GetValue<int>());
        Assert.Equal(4, report["counts"]!["warnings"]!.GetValue<int>());
        Assert.Equal(5, report["documents"]!.AsArray().Count);
        Assert.All(report["documents"]!.AsArray(), d => Assert.Equal("READ", d!["status"]!.GetValue<string>()));
        Assert.Equal(36, report["merges"]!.AsArray().Count);
        var quarantined = Assert.Single(report["quarantined"]!.AsArray())!;
        Assert.False(string.IsNullOrEmpty(quarantined["reason"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(quarantined["position"]!.GetValue<string>()));
        Assert.Equal(4, report["warnings"]!.AsArray().Count);
        Assert.True(DateTimeOffset.Parse(report["finishedAt"]!.GetValue<string>()) >= DateTimeOffset.Parse(report["startedAt"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_served_report_is_what_the_importer_reports_for_seeds()
    {
        // Arrange: the importer's own report, read again from seeds/ without a database.
        var (_, expected) = await new CatalogImporter().ReadAsync([RepositoryRoot.Combine("seeds")]);

        // Act
        var served = (await api.CreateClient().PostGraphQLAsync(Query)).DataWithoutErrors()["lastImport"]!;

        // Assert
        Assert.Equal(expected.Counts.Mentions, served["counts"]!["mentions"]!.GetValue<int>());
        Assert.Equal(expected.Counts.Authors, served["counts"]!["authors"]!.GetValue<int>());
        Assert.Equal(expected.Warnings.Select(w => (w.Document, w.Position, w.Message)),
            served["warnings"]!.AsArray().Select(w => (w!["document"]!.GetValue<string>(), w["position"]?.GetValue<string>(), w["message"]!.GetValue<string>())));
        Assert.Equal(expected.Quarantined.Select(q => (q.Document, q.Position, q.Title, q.Reason)),
            served["quarantined"]!.AsArray().Select(q => (q!["document"]!.GetValue<string>(), q["position"]!.GetValue<string>(),
                q["title"]!.GetValue<string>(), q["reason"]!.GetValue<string>())));
        Assert.Equal(expected.Documents.Select(d => (d.Name, d.Format, d.Mentions)),
            served["documents"]!.AsArray().Select(d => (d!["name"]!.GetValue<string>(), d["format"]?.GetValue<string>(), d["mentions"]!.GetValue<int>())));
    }

    [Fact]
    public async Task Snapshot_of_the_report_without_its_times()
    {
        var report = (await api.CreateClient().PostGraphQLAsync(Query)).DataWithoutErrors()["lastImport"]!.AsObject();
        report.Remove("startedAt");
        report.Remove("finishedAt");

        Snapshot.Match(report.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }), "last_import_seeds");
    }
}
