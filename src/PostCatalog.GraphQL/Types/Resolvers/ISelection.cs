using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A field selected in the operation, after merging fields with the same response name. Execution implements it;
/// projections read <see cref="GetChildSelections"/> to know which columns to load.
/// </summary>
public interface ISelection
{
    /// <summary>The key in the response: the alias when there is one.</summary>
    string ResponseName { get; }

    /// <summary>The first field node of the merged set.</summary>
    FieldNode SyntaxNode { get; }

    /// <summary>Every field node merged into this selection.</summary>
    IReadOnlyList<FieldNode> SyntaxNodes { get; }

    ObjectField Field { get; }

    /// <summary>The object type that declares <see cref="Field"/>.</summary>
    ObjectType DeclaringType { get; }

    /// <summary>
    /// The field's selections when its value is of <paramref name="typeContext"/> (after fragments and @skip/@include),
    /// including those a <c>@defer</c> delivers later.
    /// </summary>
    IReadOnlyList<ISelection> GetChildSelections(ObjectType typeContext);
}
