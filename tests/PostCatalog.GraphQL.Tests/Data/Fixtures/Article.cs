namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>A test entity with one member of every kind the conventions handle: strings, numbers, dates, bools, enums, nulls, a reference and a many-to-many.</summary>
public class Article
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public int? Rating { get; set; }
    public long Views { get; set; }
    public double Score { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateTime UpdatedAt { get; set; }
    public bool IsFeatured { get; set; }
    public string? Url { get; set; }
    public ArticleStatus Status { get; set; }

    public int? WriterId { get; set; }
    public Writer? Writer { get; set; }

    public List<Label> Labels { get; set; } = [];
}

public enum ArticleStatus
{
    Draft,
    Published,
    NotListed,
}

public class Writer
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}

public class Label
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<Article> Articles { get; set; } = [];
}
