namespace PostCatalog.GraphQL.Validation;

/// <summary>What a visitor wants after entering a node (graphql-js: returning <c>false</c> skips the subtree).</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children, then leave it.</summary>
    Continue,

    /// <summary>Skip the node's children and its leave call, for this visitor only; the other rules still see them.</summary>
    Skip,
}
