namespace PostCatalog.Import.Generation;

/// <summary>What <see cref="CatalogGenerator"/> makes. The same options and vocabulary always give the same catalog.</summary>
public sealed class GeneratorOptions
{
    /// <summary>Posts to generate.</summary>
    public int Posts { get; set; } = 10_000;

    /// <summary>Seed of the pseudo-random sequence: same seed, same rows.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Authors in the catalog; by default one per 250 posts, at least as many as the seeds name.</summary>
    public int? Authors { get; set; }

    /// <summary>The last publication date; posts spread evenly over the <see cref="Years"/> before it. Fixed, so runs agree.</summary>
    public DateOnly LastDate { get; set; } = new(2025, 9, 30);

    /// <summary>How many years of posts.</summary>
    public int Years { get; set; } = 10;

    /// <summary>
    /// Rows per prepared multi-row INSERT (capped so a statement has at most 32,766 parameters: 3,640 rows of posts).
    /// </summary>
    public int RowsPerStatement { get; set; } = 10_000;

    /// <summary>Replace the posts of a catalog that already has some (otherwise such a catalog is refused).</summary>
    public bool Replace { get; set; }
}
