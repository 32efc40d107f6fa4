using System.Linq.Expressions;
using System.Reflection;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Types;
using MemberInfo = System.Reflection.MemberInfo;

namespace PostCatalog.GraphQL.Data.Projections;

/// <summary>
/// HotChocolate's <c>UseProjection</c> for a connection's nodes: the page's rows carry only the members the selected
/// node fields read (<see cref="FieldDescriptor.ParentMembersKey"/>), plus the ordering's columns, so the page
/// statement reads those columns and no others. A home page of titles and dates does not read every excerpt's text.
/// <para>
/// Safe by default: when a selected field does not declare what it reads (a resolver that may read anything), or the
/// node's CLR type cannot be built member by member, there is no projection and the row is fetched whole.
/// </para>
/// </summary>
public static class NodeProjection
{
    /// <summary>
    /// <c>x =&gt; new T { A = x.A, B = x.B }</c> for what the client selects under <c>nodes</c> and <c>edges { node }</c>
    /// of <paramref name="connectionTypeName"/>; null when the whole row is needed.
    /// </summary>
    public static LambdaExpression? Of<T>(IResolverContext context, string connectionTypeName, string nodeTypeName, IReadOnlyList<SortKey> keys)
    {
        if (!Constructible<T>.Yes ||
            context.Schema.GetType<ObjectType>(connectionTypeName) is not { } connection ||
            context.Schema.GetType<ObjectType>(nodeTypeName) is not { } node)
        {
            return null;
        }

        var members = new HashSet<MemberInfo>();
        foreach (var selection in context.Selection.GetChildSelections(connection))
        {
            var read = selection.Field.Name switch
            {
                "nodes" => Collect(selection, node, members),
                "edges" => selection.Field.Type.NamedType() is not ObjectType edge
                    || selection.GetChildSelections(edge).All(s => s.Field.Name != "node" || Collect(s, node, members)),
                _ => true,
            };
            if (!read) return null;
        }

        foreach (var key in keys)
        {
            // A key through a navigation is read by SQL into the row's key values, not off the entity.
            if (key.Selector.Body is MemberExpression { Expression: ParameterExpression } column) members.Add(column.Member);
        }

        return Build<T>(members);
    }

    /// <summary>Whether <typeparamref name="T"/> can be built member by member (<c>new T { ... }</c>): asked once per type, not per page.</summary>
    private static class Constructible<T>
    {
        public static readonly bool Yes = typeof(T).GetConstructor(Type.EmptyTypes) is not null;
    }

    /// <summary>Adds what the fields selected on <paramref name="node"/> read; false when one of them does not say.</summary>
    private static bool Collect(ISelection selection, ObjectType node, HashSet<MemberInfo> members)
    {
        foreach (var field in selection.GetChildSelections(node))
        {
            if (field.Field.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            if (!field.Field.ContextData.TryGetValue(FieldDescriptor.ParentMembersKey, out var read) || read is not MemberInfo[] reads)
            {
                return false;
            }

            members.UnionWith(reads);
        }

        return true;
    }

    /// <remarks>Members in declaration order, so one selection always gives the same expression (and the ORM's one cached query).</remarks>
    private static LambdaExpression? Build<T>(HashSet<MemberInfo> members)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var bindings = new List<MemberBinding>(members.Count);
        foreach (var member in members.OrderBy(m => m.MetadataToken))
        {
            if (member is not PropertyInfo { CanWrite: true, CanRead: true } property || !property.DeclaringType!.IsAssignableFrom(typeof(T)))
            {
                return null;
            }

            bindings.Add(Expression.Bind(property, Expression.Property(entity, property)));
        }

        return Expression.Lambda(Expression.MemberInit(Expression.New(typeof(T)), bindings), entity);
    }
}
