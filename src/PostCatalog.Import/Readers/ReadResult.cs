using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Readers;

public sealed class ReadResult
{
    public List<PostMention> Mentions { get; } = [];
    public List<CategoryDeclaration> Categories { get; } = [];
    public List<ImportWarning> Warnings { get; } = [];
}
