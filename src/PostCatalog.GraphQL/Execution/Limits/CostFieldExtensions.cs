using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>How a field tells the cost analysis what its work is.</summary>
public static class CostFieldExtensions
{
    /// <summary>The field's context data key that marks it as batched.</summary>
    public const string BatchedKey = "cost.batched";

    /// <summary>
    /// The field is resolved for every parent of its selection in one fetch (a DataLoader, or a nested connection's
    /// one statement per level), so the cost analysis prices its weight once per selection path instead of once per
    /// parent item. What it returns still counts per item in the type cost.
    /// </summary>
    public static FieldDescriptor Batched(this FieldDescriptor field) => field.SetContextData(BatchedKey, true);

    internal static bool IsBatched(this ObjectField field) =>
        field.ContextData.TryGetValue(BatchedKey, out var batched) && batched is true;
}
