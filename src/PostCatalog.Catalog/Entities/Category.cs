namespace PostCatalog.Catalog;

public class Category
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The WordPress slug where a document links to the category (it may differ from the name, e.g. "maching-learning").</summary>
    public string Slug { get; set; } = "";
    public int? WordPressId { get; set; }
    /// <summary>The post count a document prints for the category ("44 articles"); not the number of posts in this catalog.</summary>
    public int? DeclaredPostCount { get; set; }

    public List<PostCategory> Posts { get; set; } = [];
}
