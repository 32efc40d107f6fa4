using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>Generates <c>enum SortEnumType { ASC DESC }</c> and the sort input types, as HotChocolate names them.</summary>
internal static class SortSchemaTypes
{
    public static void Register(DataConventions conventions, SortType type)
    {
        conventions.Register(SortEnumType.Name, "ASC,DESC", builder => builder.AddEnumType(SortEnumType.Name, e => e
            .Value(SortEnumType.Ascending)
            .Value(SortEnumType.Descending)));

        var signature = string.Join(",", type.Fields.Select(f => $"{f.Name}:{f.InputTypeName}"));
        var known = conventions.IsRegistered(type.Name);
        conventions.Register(type.Name, signature, builder => builder.AddInputObjectType(type.Name, input =>
        {
            foreach (var field in type.Fields)
            {
                input.Field(field.Name, field.InputTypeName);
            }
        }));

        if (known)
        {
            return;
        }

        foreach (var field in type.Fields.OfType<ObjectSortField>())
        {
            Register(conventions, field.ObjectType);
        }
    }
}
