using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// One place a variable is used (graphql-js's <c>VariableUsage</c>): the <c>$name</c> node, the input type
/// expected there (null when the position is unknown), whether the argument or input field there has a
/// default value (so a nullable variable may fill a non-null position), and the input type around it.
/// </summary>
public sealed record VariableUsage(
    VariableNode Node,
    IInputType? Type,
    bool HasLocationDefaultValue,
    IInputType? ParentType);
