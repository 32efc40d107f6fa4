namespace PostCatalog.Catalog;

public class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";

    public List<PostTag> Posts { get; set; } = [];
}
