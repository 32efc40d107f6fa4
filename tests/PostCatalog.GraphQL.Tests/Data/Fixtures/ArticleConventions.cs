using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>The filter and sort types the tests expose over <see cref="Article"/>, as a schema author would declare them.</summary>
public static class ArticleConventions
{
    public static FilterType<Writer> WriterFilter { get; } = FilterType<Writer>.Create(f => f
        .Field("name", w => w.Name));

    public static FilterType<Label> LabelFilter { get; } = FilterType<Label>.Create(f => f
        .Field("name", l => l.Name));

    public static FilterType<Article> ArticleFilter { get; } = FilterType<Article>.Create(f => f
        .Field("id", a => a.Id, OperationFilterType.Id)
        .Field("title", a => a.Title)
        .Field("subtitle", a => a.Subtitle)
        .Field("rating", a => a.Rating)
        .Field("views", a => a.Views)
        .Field("score", a => a.Score)
        .Field("publishedOn", a => a.PublishedOn)
        .Field("updatedAt", a => a.UpdatedAt)
        .Field("isFeatured", a => a.IsFeatured)
        .Field("url", a => a.Url, OperationFilterType.Url)
        .Field("status", a => a.Status)
        .Object("writer", a => a.Writer, WriterFilter)
        .List("labels", a => a.Labels, LabelFilter));

    public static SortType<Writer> WriterSort { get; } = SortType<Writer>.Create(s => s
        .Field("name", w => w.Name));

    public static SortType<Article> ArticleSort { get; } = SortType<Article>.Create(s => s
        .Field("title", a => a.Title)
        .Field("subtitle", a => a.Subtitle)
        .Field("rating", a => a.Rating)
        .Field("publishedOn", a => a.PublishedOn)
        .Field("isFeatured", a => a.IsFeatured)
        .Field("status", a => a.Status)
        .Object("writer", a => a.Writer, WriterSort));
}
