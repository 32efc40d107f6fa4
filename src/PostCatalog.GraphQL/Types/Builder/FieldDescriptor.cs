using System.Linq.Expressions;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Configures one field of an object or interface type.</summary>
public sealed class FieldDescriptor
{
    /// <summary>The reason <c>@deprecated</c> gives when none is stated.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>Context data key of a resolver that only reads the parent in memory (no I/O): priced like a property.</summary>
    public const string PureResolverKey = "resolver.pure";

    /// <summary>
    /// Context data key of the parent's members a resolver reads (<see cref="System.Reflection.MemberInfo"/>[]): a projection fetches
    /// exactly these columns for the field (<c>Data/Projections</c>). A field without it makes its parent be fetched whole.
    /// </summary>
    public const string ParentMembersKey = "projection.members";

    /// <summary>
    /// Context data key of a pure read of the parent (<c>Func&lt;object?, object?&gt;</c>, set by
    /// <see cref="ObjectTypeDescriptor{T}.Field(string, string, System.Linq.Expressions.Expression{Func{T, object?}})"/>):
    /// the executor may answer such a field as it queues it (<see cref="ObjectField.ParentRead"/>).
    /// </summary>
    internal const string ParentReadKey = "resolver.read";

    internal FieldDescriptor(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>The builder of the field's type, where conventions (paging, filtering, sorting) are registered once.</summary>
    public SchemaBuilder? SchemaBuilder { get; internal set; }

    internal TypeNode? TypeSyntax { get; private set; }
    internal string? DescriptionText { get; set; }
    internal string? DeprecationReason { get; set; }
    internal List<InputValueDescriptor> Arguments { get; } = [];
    internal FieldResolver? Resolver { get; private set; }
    internal List<FieldMiddleware> Middleware { get; } = [];
    internal List<DirectiveNode> AppliedDirectives { get; } = [];
    internal Dictionary<string, object?> Data { get; } = [];
    internal FieldDefinitionNode? SyntaxNode { get; set; }

    /// <summary>The field's type as SDL: <c>"[Post!]!"</c>.</summary>
    public FieldDescriptor Type(string typeReference) => Type(TypeReference.Parse(typeReference));

    public FieldDescriptor Type(TypeNode type)
    {
        TypeSyntax = type;
        return this;
    }

    public FieldDescriptor Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public FieldDescriptor Deprecated(string? reason = DefaultDeprecationReason)
    {
        DeprecationReason = reason ?? DefaultDeprecationReason;
        return this;
    }

    public FieldDescriptor Argument(string name, string type, Action<InputValueDescriptor>? configure = null)
    {
        var argument = new InputValueDescriptor(name).Type(type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    public FieldDescriptor Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>A synchronous resolver.</summary>
    public FieldDescriptor Resolve(Func<IResolverContext, object?> resolver) =>
        Resolve(context => new ValueTask<object?>(resolver(context)));

    public FieldDescriptor ResolveAsync<TResult>(Func<IResolverContext, Task<TResult>> resolver) =>
        Resolve(async context => await resolver(context).ConfigureAwait(false));

    /// <summary>Adds middleware around the resolver; the first added runs outermost.</summary>
    public FieldDescriptor Use(FieldMiddleware middleware)
    {
        Middleware.Add(middleware);
        return this;
    }

    /// <summary>Applies a directive, written as SDL: <c>Directive("@cost(weight: 5)")</c>.</summary>
    public FieldDescriptor Directive(string directive)
    {
        AppliedDirectives.Add(DirectiveSyntax.Parse(directive));
        return this;
    }

    /// <summary>
    /// Declares the members of the parent <typeparamref name="T"/> this field's resolver reads:
    /// <c>.ReadsParent&lt;Post&gt;(p =&gt; p.Id)</c> on a field that loads the post's categories by its id. A projection
    /// (<c>Data/Projections</c>) then fetches only what the selected fields read; undeclared, the parent is fetched whole.
    /// </summary>
    public FieldDescriptor ReadsParent<T>(params Expression<Func<T, object?>>[] members) =>
        SetContextData(ParentMembersKey, members.Select(ParentMember.Of).ToArray());

    public FieldDescriptor SetContextData(string key, object? value)
    {
        Data[key] = value;
        return this;
    }
}
