namespace PostCatalog.Catalog;

public class Author
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";

    public List<Byline> Bylines { get; set; } = [];
}
