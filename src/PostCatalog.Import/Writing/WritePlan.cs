using PostCatalog.Catalog;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Writing;

/// <summary>
/// What <see cref="CatalogWriter"/> is to change besides the posts. <see cref="CandidateDocuments"/>: the posts that
/// have a source in one of these documents are the ones this import may update or remove (every stored document and
/// every document given); a post only other rows know (a generated catalog's) is left alone unless a reconciled post
/// has its WordPress id, slug or URL. <see cref="AllPostsAreCandidates"/> (<c>--replace</c>): every post is.
/// </summary>
public sealed record WritePlan(
    IReadOnlyCollection<string> CandidateDocuments,
    bool AllPostsAreCandidates,
    IReadOnlyList<StoredDocument> DocumentsToAdd,
    IReadOnlyCollection<string> DocumentsToRemove);

/// <summary>What the write did: rows added, changed and removed, and the posts no stored document mentions any more.</summary>
public sealed record WriteResult(CatalogChanges Changes, IReadOnlyList<RemovedPost> RemovedPosts);
