namespace PostCatalog.Import;

/// <summary>How an import treats the documents already stored.</summary>
public enum ImportMode
{
    /// <summary>The given documents are added to the stored ones (the default): nothing else is lost.</summary>
    Add,
    /// <summary>The given documents replace every stored one (<c>import --replace</c>): the catalog is what they say, and nothing else.</summary>
    Replace,
}
