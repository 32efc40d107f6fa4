using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.Import.Reconciliation;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Writing;

/// <summary>
/// Makes the database hold exactly the reconciled catalog, in ONE transaction, by natural keys:
/// existing rows keep their ids and are only updated where a value changed; rows no document
/// supports any more are removed. Importing the same input twice therefore changes nothing, and a
/// failure anywhere rolls back to the previous catalog. The FTS5 index and the ImportRun row are
/// written in the same transaction.
/// </summary>
public sealed class CatalogWriter(TimeProvider time)
{
    private int _added, _updated, _removed;

    public async Task WriteAsync(CatalogDbContext db, ReconciledCatalog catalog, ImportReport report, CancellationToken cancellationToken)
    {
        _added = _updated = _removed = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var categories = await UpsertCategoriesAsync(db, catalog, cancellationToken);
        var tags = await UpsertAsync(db.Tags, catalog.Tags, t => t.Slug, t => t.Slug,
            t => new Tag { Slug = t.Slug }, (row, t) => row.Name = t.Name, cancellationToken);
        var authors = await UpsertAsync(db.Authors, catalog.Authors, a => a.Slug, a => a.Slug,
            a => new Author { Slug = a.Slug }, (row, a) => row.Name = a.Name, cancellationToken);
        await SaveAsync(db, cancellationToken);

        await WritePostsAsync(db, catalog, categories, tags, authors, cancellationToken);
        await SaveAsync(db, cancellationToken);

        await RebuildSearchIndexAsync(db, cancellationToken);

        report.Changes = new CatalogChanges(_added, _updated, _removed);
        report.FinishedAt = time.GetUtcNow();
        db.ImportRuns.Add(new ImportRun
        {
            StartedAt = report.StartedAt,
            FinishedAt = report.FinishedAt,
            PostCount = report.Counts.Posts,
            WarningCount = report.Counts.Warnings,
            QuarantinedCount = report.Counts.Quarantined,
            ReportJson = report.ToJson(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<Dictionary<string, Category>> UpsertCategoriesAsync(CatalogDbContext db, ReconciledCatalog catalog, CancellationToken cancellationToken)
    {
        var rows = await db.Categories.ToListAsync(cancellationToken);
        var result = new Dictionary<string, Category>();
        foreach (var entry in catalog.Categories)
        {
            // A category whose slug changed is still found by its WordPress id.
            var row = rows.FirstOrDefault(r => r.Slug == entry.Slug)
                      ?? rows.FirstOrDefault(r => entry.WordPressId is not null && r.WordPressId == entry.WordPressId);
            if (row is null) db.Categories.Add(row = new Category());
            else rows.Remove(row);
            row.Name = entry.Name;
            row.Slug = entry.Slug;
            row.WordPressId = entry.WordPressId;
            row.DeclaredPostCount = entry.DeclaredPostCount;
            result[entry.Slug] = row;
        }
        db.Categories.RemoveRange(rows);
        return result;
    }

    private static async Task<Dictionary<string, TRow>> UpsertAsync<TRow, TItem>(
        DbSet<TRow> set, IEnumerable<TItem> items, Func<TRow, string> rowKey, Func<TItem, string> itemKey,
        Func<TItem, TRow> create, Action<TRow, TItem> update, CancellationToken cancellationToken) where TRow : class
    {
        var rows = (await set.ToListAsync(cancellationToken)).ToDictionary(rowKey);
        var result = new Dictionary<string, TRow>();
        foreach (var item in items)
        {
            if (!rows.Remove(itemKey(item), out var row)) set.Add(row = create(item));
            update(row, item);
            result[itemKey(item)] = row;
        }
        set.RemoveRange(rows.Values);
        return result;
    }

    private static async Task WritePostsAsync(CatalogDbContext db, ReconciledCatalog catalog,
        Dictionary<string, Category> categories, Dictionary<string, Tag> tags, Dictionary<string, Author> authors,
        CancellationToken cancellationToken)
    {
        var unmatched = await db.Posts
            .Include(p => p.Categories).Include(p => p.Tags).Include(p => p.Bylines).Include(p => p.Sources)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        foreach (var item in catalog.Posts)
        {
            var post = ExistingPostMatcher.Find(unmatched, item);
            if (post is null) db.Posts.Add(post = new Post());
            else unmatched.Remove(post);

            post.Title = item.Title;
            post.Slug = item.Slug;
            post.Url = item.Url;
            post.WordPressId = item.WordPressId;
            post.PublishedAt = item.PublishedAt;
            post.Excerpt = item.Excerpt;
            post.IsExcerptTruncated = item.IsExcerptTruncated;
            post.ThumbnailUrl = item.ThumbnailUrl;

            var wantedCategories = item.CategorySlugs.Select(s => categories[s]).ToList();
            post.Categories.RemoveAll(l => !wantedCategories.Contains(l.Category));
            foreach (var category in wantedCategories.Where(c => post.Categories.All(l => l.Category != c)))
                post.Categories.Add(new PostCategory { Post = post, Category = category });

            var wantedTags = item.TagSlugs.Select(s => tags[s]).ToList();
            post.Tags.RemoveAll(l => !wantedTags.Contains(l.Tag));
            foreach (var tag in wantedTags.Where(t => post.Tags.All(l => l.Tag != t)))
                post.Tags.Add(new PostTag { Post = post, Tag = tag });

            var wantedAuthors = item.Bylines.Select(b => authors[b.AuthorSlug]).ToList();
            post.Bylines.RemoveAll(b => !wantedAuthors.Contains(b.Author));
            for (var i = 0; i < item.Bylines.Count; i++)
            {
                var author = wantedAuthors[i];
                var byline = post.Bylines.FirstOrDefault(b => b.Author == author);
                if (byline is null) post.Bylines.Add(byline = new Byline { Post = post, Author = author });
                byline.Role = item.Bylines[i].Role;
                byline.Position = i;
            }

            var keptSources = new List<PostSource>();
            foreach (var mention in item.Mentions)
            {
                var source = post.Sources.FirstOrDefault(s => s.Document == mention.Document && s.Position == mention.Position && !keptSources.Contains(s));
                if (source is null) post.Sources.Add(source = new PostSource { Post = post });
                source.Document = mention.Document;
                source.Format = mention.Format;
                source.Position = mention.Position;
                source.Title = mention.Title;
                source.Excerpt = mention.Excerpt;
                source.DateText = mention.DateText;
                keptSources.Add(source);
            }
            post.Sources.RemoveAll(s => !keptSources.Contains(s));
        }
        db.Posts.RemoveRange(unmatched);
    }

    /// <summary>post_search holds one row per post (rowid = post id); rebuilt from the rows just written.</summary>
    private static async Task RebuildSearchIndexAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM post_search", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO post_search (rowid, title, excerpt, categories, authors)
            SELECT p.id, p.title, COALESCE(p.excerpt, ''),
                   COALESCE((SELECT group_concat(c.name, ' ') FROM post_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.post_id = p.id), ''),
                   COALESCE((SELECT group_concat(a.name, ' ') FROM bylines b JOIN authors a ON a.id = b.author_id WHERE b.post_id = p.id), '')
            FROM posts p
            """, cancellationToken);
    }

    private async Task SaveAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added) _added++;
            else if (entry.State == EntityState.Modified) _updated++;
            else if (entry.State == EntityState.Deleted) _removed++;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
