using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>
/// Generates the GraphQL input types of a filter, named and shaped as HotChocolate's: the entity filter input
/// (<c>and</c>, <c>or</c>, then its fields), every operation filter input it uses, nested object filters, and
/// <c>ListFilterInputTypeOf...</c> for collections.
/// </summary>
internal static class FilterSchemaTypes
{
    public static void Register(DataConventions conventions, FilterType type)
    {
        var signature = string.Join(",", type.Fields.Select(f => $"{f.Name}:{f.InputTypeName}"));
        var known = conventions.IsRegistered(type.Name);
        conventions.Register(type.Name, signature, builder => builder.AddInputObjectType(type.Name, input =>
        {
            input.Field(FilterOperations.And, $"[{type.Name}!]");
            input.Field(FilterOperations.Or, $"[{type.Name}!]");
            foreach (var field in type.Fields)
            {
                input.Field(field.Name, field.InputTypeName);
            }
        }));

        if (known)
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            switch (field)
            {
                case OperationFilterField operation:
                    RegisterOperationType(conventions, operation.OperationType);
                    break;
                case ObjectFilterField obj:
                    Register(conventions, obj.ObjectType);
                    break;
                case ListFilterField list:
                    Register(conventions, list.ElementType);
                    RegisterListType(conventions, list);
                    break;
            }
        }
    }

    private static void RegisterOperationType(DataConventions conventions, OperationFilterType type)
    {
        conventions.Register(type.Name, string.Join(",", type.Operations), builder => builder.AddInputObjectType(type.Name, input =>
        {
            var element = type.ListElementsNullable ? type.ValueTypeName : type.ValueTypeName + "!";
            foreach (var operation in type.Operations)
            {
                input.Field(operation, operation switch
                {
                    FilterOperations.And or FilterOperations.Or => $"[{type.Name}!]",
                    FilterOperations.In or FilterOperations.NotIn => $"[{element}]",
                    _ => type.ValueTypeName,
                });
            }
        }));
    }

    private static void RegisterListType(DataConventions conventions, ListFilterField list)
    {
        var element = list.ElementType.Name;
        conventions.Register(list.InputTypeName, element, builder => builder.AddInputObjectType(list.InputTypeName, input => input
            .Field(FilterOperations.All, element)
            .Field(FilterOperations.None, element)
            .Field(FilterOperations.Some, element)
            .Field(FilterOperations.Any, "Boolean")));
    }
}
