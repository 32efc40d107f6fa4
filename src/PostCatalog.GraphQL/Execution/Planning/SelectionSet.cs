using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>The merged fields to resolve on one object type, in the order the spec's CollectFields yields them.</summary>
public sealed class SelectionSet
{
    internal SelectionSet(ObjectType type, Selection[] selections)
    {
        Type = type;
        Selections = selections;
    }

    public ObjectType Type { get; }

    public IReadOnlyList<Selection> Selections { get; }
}
