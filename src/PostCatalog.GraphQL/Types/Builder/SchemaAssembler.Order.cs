namespace PostCatalog.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    // The order of Schema.Types, as graphql-js's GraphQLSchema constructor computes it: registered types in
    // order, each followed by the not-yet-seen types it references (which is where built-in scalars land).
    private sealed partial class SchemaAssembler
    {
        private List<INamedType> OrderTypes(INamedType? query, INamedType? mutation, INamedType? subscription)
        {
            var ordered = new List<INamedType>(_registered);
            var seen = new HashSet<INamedType>(_registered);
            foreach (var type in _registered)
            {
                ordered.Remove(type);
                seen.Remove(type);
                Collect(type, ordered, seen);
            }

            foreach (var root in new[] { query, mutation, subscription })
            {
                if (root is not null) Collect(root, ordered, seen);
            }

            foreach (var argument in _directives.SelectMany(d => d.Arguments))
            {
                Collect(argument.Type, ordered, seen);
            }

            return ordered;
        }

        private static void Collect(IType type, List<INamedType> ordered, HashSet<INamedType> seen)
        {
            var named = type.NamedType();
            if (!seen.Add(named)) return;
            ordered.Add(named);
            switch (named)
            {
                case UnionType union:
                    foreach (var member in union.DeclaredMembers) Collect(member, ordered, seen);
                    break;
                case IComplexOutputType complex:
                    foreach (var iface in complex.Interfaces) Collect(iface, ordered, seen);
                    foreach (var field in complex.Fields)
                    {
                        Collect(field.Type, ordered, seen);
                        foreach (var argument in field.Arguments) Collect(argument.Type, ordered, seen);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields) Collect(field.Type, ordered, seen);
                    break;
            }
        }
    }
}
