using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation;

/// <summary>What <see cref="ValidationWalker"/> drives: enter and leave calls for every node it walks.</summary>
internal interface ISyntaxVisitor
{
    VisitAction Enter(SyntaxNode node);

    void Leave(SyntaxNode node);
}
