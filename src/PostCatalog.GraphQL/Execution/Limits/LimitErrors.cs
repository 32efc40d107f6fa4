using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>The errors of the limits, with HotChocolate's messages, codes and extensions.</summary>
public static class LimitErrors
{
    /// <summary>HotChocolate's code for both the field cost and the type cost being exceeded.</summary>
    public const string CostExceeded = "HC0047";

    /// <summary>HotChocolate's MaxExecutionDepth validation rule sets no code of its own; like our other validation
    /// errors it carries <see cref="ErrorCodes.ValidationError"/>, plus its two extensions.</summary>
    public static GraphQLError MaxExecutionDepth(OperationDefinitionNode operation, int allowed, int detected) =>
        GraphQLError.At(
                $"The GraphQL document has an execution depth of {detected} which exceeds the max allowed execution depth of {allowed}.",
                operation)
            .WithCode(ErrorCodes.ValidationError)
            .WithExtension("allowedExecutionDepth", allowed)
            .WithExtension("detectedExecutionDepth", detected);

    public static GraphQLError MaxFieldCost(double fieldCost, double maxFieldCost) =>
        new GraphQLError("The maximum allowed field cost was exceeded.")
            .WithCode(CostExceeded)
            .WithExtension("fieldCost", CostMetrics.Format(fieldCost))
            .WithExtension("maxFieldCost", CostMetrics.Format(maxFieldCost));

    public static GraphQLError MaxTypeCost(double typeCost, double maxTypeCost) =>
        new GraphQLError("The maximum allowed type cost was exceeded.")
            .WithCode(CostExceeded)
            .WithExtension("typeCost", CostMetrics.Format(typeCost))
            .WithExtension("maxTypeCost", CostMetrics.Format(maxTypeCost));
}
