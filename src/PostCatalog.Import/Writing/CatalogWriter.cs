using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.Catalog.Search;
using PostCatalog.Import.Reconciliation;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Writing;

/// <summary>
/// Makes the database hold the reconciled catalog, inside the caller's transaction, by natural keys: existing rows
/// keep their ids and are only updated where a value changed; posts this import is responsible for
/// (<see cref="WritePlan"/>) that no stored document mentions any more are removed, and categories, tags and
/// authors no post uses (and no document declares) go with them. Importing the same input twice therefore changes
/// nothing. Only the posts concerned are loaded, and the search rows of only those posts are rewritten, so the cost
/// grows with the documents, not with the catalog.
/// </summary>
public sealed class CatalogWriter
{
    private int _added, _updated, _removed;

    public async Task<WriteResult> WriteAsync(CatalogDbContext db, ReconciledCatalog catalog, WritePlan plan, CancellationToken cancellationToken)
    {
        _added = _updated = _removed = 0;

        await WriteDocumentsAsync(db, plan, cancellationToken);

        var categories = await UpsertCategoriesAsync(db, catalog, cancellationToken);
        var tags = await UpsertAsync(db.Tags, catalog.Tags, t => t.Slug, t => t.Slug,
            t => new Tag { Slug = t.Slug }, (row, t) => row.Name = t.Name, cancellationToken);
        var authors = await UpsertAsync(db.Authors, catalog.Authors, a => a.Slug, a => a.Slug,
            a => new Author { Slug = a.Slug }, (row, a) => row.Name = a.Name, cancellationToken);
        // A renamed category or author changes the search rows of every post that has it, not only ours.
        var renamed = db.ChangeTracker.Entries<Category>().Any(e => e.State == EntityState.Modified && e.Property(c => c.Name).IsModified)
                      || db.ChangeTracker.Entries<Author>().Any(e => e.State == EntityState.Modified && e.Property(a => a.Name).IsModified);
        await SaveAsync(db, cancellationToken);

        var (written, fresh, removed) = await WritePostsAsync(db, catalog, plan, categories, tags, authors, cancellationToken);
        // Changes and removals first (a removed post may free a slug a new one takes), then the new posts.
        await SaveAsync(db, cancellationToken);
        _added += NewRows.Insert(db, fresh);
        await PruneUnusedAsync(db, catalog, cancellationToken);

        var search = CatalogSearchIndex.For(db.Provider);
        if (renamed || plan.AllPostsAreCandidates) await search.RebuildAsync(db, null, cancellationToken);
        else await search.RebuildAsync(db, written.Select(p => p.Id).Concat(removed.Select(p => p.Id)).ToList(), cancellationToken);

        return new WriteResult(new CatalogChanges(_added, _updated, _removed),
            removed.Select(p => new RemovedPost(p.Title, p.Slug, p.Url)).ToList());
    }

    private async Task WriteDocumentsAsync(CatalogDbContext db, WritePlan plan, CancellationToken cancellationToken)
    {
        // Removed first: a replaced document's new version keeps its name, which is unique.
        var names = plan.DocumentsToRemove.ToList();
        if (names.Count > 0)
            _removed += await db.Documents.Where(d => EF.Parameter(names).Contains(d.Name)).ExecuteDeleteAsync(cancellationToken);
        _added += NewRows.InsertDocuments(db, plan.DocumentsToAdd);
    }

    private static async Task<Dictionary<string, Category>> UpsertCategoriesAsync(CatalogDbContext db, ReconciledCatalog catalog, CancellationToken cancellationToken)
    {
        var rows = await db.Categories.ToListAsync(cancellationToken);
        var bySlug = rows.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var byWordPressId = rows.Where(r => r.WordPressId is not null).GroupBy(r => r.WordPressId!.Value).ToDictionary(g => g.Key, g => g.First());
        var taken = new HashSet<Category>();
        var result = new Dictionary<string, Category>();
        foreach (var entry in catalog.Categories)
        {
            // A category whose slug changed is still found by its WordPress id.
            var row = bySlug.GetValueOrDefault(entry.Slug) is { } s && !taken.Contains(s) ? s
                : entry.WordPressId is { } id && byWordPressId.GetValueOrDefault(id) is { } w && !taken.Contains(w) ? w
                : null;
            if (row is null) db.Categories.Add(row = new Category());
            taken.Add(row);
            row.Name = entry.Name;
            row.Slug = entry.Slug;
            row.WordPressId = entry.WordPressId;
            row.DeclaredPostCount = entry.DeclaredPostCount;
            result[entry.Slug] = row;
        }
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
            if (!rows.TryGetValue(itemKey(item), out var row)) set.Add(row = create(item));
            update(row, item);
            result[itemKey(item)] = row;
        }
        return result;
    }

    private static async Task<(List<Post> Written, List<Post> Fresh, List<Post> Removed)> WritePostsAsync(CatalogDbContext db, ReconciledCatalog catalog, WritePlan plan,
        Dictionary<string, Category> categories, Dictionary<string, Tag> tags, Dictionary<string, Author> authors,
        CancellationToken cancellationToken)
    {
        var names = plan.CandidateDocuments.ToList();
        // Ids first, through the index on post_sources.document: a filter on posts would visit every post.
        var ids = plan.AllPostsAreCandidates ? null
            : await db.PostSources.Where(s => EF.Parameter(names).Contains(s.Document)).Select(s => s.PostId).Distinct().ToListAsync(cancellationToken);
        var candidates = await WithChildren(ids is null ? db.Posts : db.Posts.Where(p => EF.Parameter(ids).Contains(p.Id)))
            .ToListAsync(cancellationToken);
        var matcher = new ExistingPostMatcher(candidates);
        var matched = catalog.Posts.Select(item => (Item: item, Post: matcher.Take(item))).ToList();

        // Posts outside the candidates that carry a reconciled post's WordPress id, slug or URL are the same post
        // (and the unique indexes would refuse a second row): adopt them. A derived slug is not evidence of identity.
        var candidateIds = candidates.Select(p => p.Id).ToHashSet();
        var unmatched = matched.Where(m => m.Post is null).Select(m => m.Item).ToList();
        var wordPressIds = unmatched.Where(p => p.WordPressId is not null).Select(p => p.WordPressId).ToList();
        var slugs = unmatched.Where(p => p.Slug is not null && !p.IsSlugDerived).Select(p => p.Slug).ToList();
        var urls = unmatched.Where(p => p.Url is not null).Select(p => p.Url).ToList();
        if (unmatched.Count > 0)
        {
            var others = (await WithChildren(db.Posts.Where(p => EF.Parameter(wordPressIds).Contains(p.WordPressId) || EF.Parameter(slugs).Contains(p.Slug) || EF.Parameter(urls).Contains(p.Url)))
                .ToListAsync(cancellationToken)).Where(p => !candidateIds.Contains(p.Id)).ToList();
            var adopt = new ExistingPostMatcher(others);
            matched = matched.Select(m => m.Post is null ? (m.Item, adopt.Take(m.Item)) : m).ToList();
        }

        // New posts are not tracked: NewPostRows inserts them in batches once the changes are saved.
        var written = new List<Post>(matched.Count);
        var fresh = new List<Post>();
        foreach (var (item, existing) in matched)
        {
            var post = existing ?? new Post();
            Apply(post, item, categories, tags, authors);
            written.Add(post);
            if (existing is null) fresh.Add(post);
        }
        var removed = matcher.Unmatched.ToList();
        db.Posts.RemoveRange(removed);
        await FreeDerivedSlugsAsync(db, catalog, written, removed, cancellationToken);
        return (written, fresh, removed);
    }

    // Every list below goes to SQLite as ONE json_each parameter (to PostgreSQL as one array). CatalogDatabase.Configure sets that for every
    // context it configures; EF.Parameter says it here too because a caller may hand the importer its own options.
    // Without it EF Core 10 would send one
    // parameter per value, and Microsoft.Data.Sqlite binds each by a linear search of the names (quadratic), up to
    // SQLite's limit of 32,766 parameters.
    private static IQueryable<Post> WithChildren(IQueryable<Post> posts) => posts
        .Include(p => p.Categories).Include(p => p.Tags).Include(p => p.Bylines).Include(p => p.Sources)
        .AsSplitQuery();

    /// <summary>A post's links to vocabulary become exactly <paramref name="wanted"/>: a link that stays keeps its row.</summary>
    private static void SyncLinks<TLink, TTerm>(List<TLink> links, IEnumerable<TTerm> wanted, Func<TLink, TTerm> termOf, Func<TTerm, TLink> link)
    {
        var wantedTerms = wanted.ToHashSet();
        links.RemoveAll(l => !wantedTerms.Contains(termOf(l)));
        var have = links.Select(termOf).ToHashSet();
        foreach (var term in wantedTerms.Where(t => !have.Contains(t)))
            links.Add(link(term));
    }

    private static void Apply(Post post, ReconciledPost item,
        Dictionary<string, Category> categories, Dictionary<string, Tag> tags, Dictionary<string, Author> authors)
    {
        post.Title = item.Title;
        post.Slug = item.Slug;
        post.Url = item.Url;
        post.WordPressId = item.WordPressId;
        post.PublishedAt = item.PublishedAt;
        post.Excerpt = item.Excerpt;
        post.IsExcerptTruncated = item.IsExcerptTruncated;
        post.ThumbnailUrl = item.ThumbnailUrl;

        SyncLinks(post.Categories, item.CategorySlugs.Select(s => categories[s]), l => l.Category,
            category => new PostCategory { Post = post, Category = category });
        SyncLinks(post.Tags, item.TagSlugs.Select(s => tags[s]), l => l.Tag, tag => new PostTag { Post = post, Tag = tag });

        var wantedAuthors = item.Bylines.Select(b => authors[b.AuthorSlug]).ToList();
        var wantedAuthorSet = wantedAuthors.ToHashSet();
        post.Bylines.RemoveAll(b => !wantedAuthorSet.Contains(b.Author));
        var bylines = post.Bylines.ToDictionary(b => b.Author);
        for (var i = 0; i < item.Bylines.Count; i++)
        {
            var author = wantedAuthors[i];
            if (!bylines.TryGetValue(author, out var byline))
                post.Bylines.Add(bylines[author] = byline = new Byline { Post = post, Author = author });
            byline.Role = item.Bylines[i].Role;
            byline.Position = i;
        }

        // Sources by (document, position), each stored row reused at most once.
        var stored = post.Sources.GroupBy(s => (s.Document, s.Position)).ToDictionary(g => g.Key, g => new Queue<PostSource>(g));
        var kept = new HashSet<PostSource>();
        foreach (var mention in item.Mentions)
        {
            if (!stored.TryGetValue((mention.Document, mention.Position), out var queue) || !queue.TryDequeue(out var source))
                post.Sources.Add(source = new PostSource { Post = post });
            source.Document = mention.Document;
            source.Format = mention.Format;
            source.Position = mention.Position;
            source.Title = mention.Title;
            source.Excerpt = mention.Excerpt;
            source.DateText = mention.DateText;
            kept.Add(source);
        }
        post.Sources.RemoveAll(s => !kept.Contains(s));
    }

    /// <summary>
    /// A derived slug must not be another post's: a post outside this import (a generated catalog's) may hold it.
    /// Such a slug gets the next free "-N" suffix, as WordPress does.
    /// </summary>
    private static async Task FreeDerivedSlugsAsync(CatalogDbContext db, ReconciledCatalog catalog, List<Post> written, List<Post> removed, CancellationToken cancellationToken)
    {
        var derived = written.Where(p => p.Url is null && p.Slug is not null).ToList();
        if (derived.Count == 0) return;
        var ours = written.Concat(removed).Where(p => p.Id != 0).Select(p => p.Id).ToHashSet();
        var oursList = ours.ToList();
        var inCatalog = catalog.Posts.Where(p => p.Slug is not null).Select(p => p.Slug!).ToHashSet(StringComparer.Ordinal);
        var wanted = derived.Select(p => p.Slug!).ToList();
        var takenElsewhere = (await db.Posts.AsNoTracking().Where(p => EF.Parameter(wanted).Contains(p.Slug!)).Select(p => new { p.Id, p.Slug }).ToListAsync(cancellationToken))
            .Where(p => !ours.Contains(p.Id)).Select(p => p.Slug!).ToHashSet(StringComparer.Ordinal);
        foreach (var post in derived.Where(p => takenElsewhere.Contains(p.Slug!)))
        {
            var stem = post.Slug!;
            for (var n = 2; ; n++)
            {
                var slug = $"{stem}-{n}";
                if (inCatalog.Contains(slug) || await db.Posts.AsNoTracking().AnyAsync(p => p.Slug == slug && !EF.Parameter(oursList).Contains(p.Id), cancellationToken)) continue;
                post.Slug = slug;
                inCatalog.Add(slug);
                break;
            }
        }
    }

    /// <summary>Categories, tags and authors no post uses any more; a category a document declares stays.</summary>
    private async Task PruneUnusedAsync(CatalogDbContext db, ReconciledCatalog catalog, CancellationToken cancellationToken)
    {
        var declared = catalog.Categories.Select(c => c.Slug).ToList();
        _removed += await db.Categories.Where(c => !EF.Parameter(declared).Contains(c.Slug) && !c.Posts.Any()).ExecuteDeleteAsync(cancellationToken);
        _removed += await db.Tags.Where(t => !t.Posts.Any()).ExecuteDeleteAsync(cancellationToken);
        _removed += await db.Authors.Where(a => !a.Bylines.Any()).ExecuteDeleteAsync(cancellationToken);
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
