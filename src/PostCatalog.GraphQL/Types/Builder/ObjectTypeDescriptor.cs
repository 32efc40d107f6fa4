using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Types;

/// <summary>Members of object type descriptors: resolvers and runtime type checks.</summary>
public abstract class ObjectTypeDescriptorBase<TSelf> : ComplexTypeDescriptor<TSelf>, IObjectTypeState
    where TSelf : ObjectTypeDescriptorBase<TSelf>
{
    private protected ObjectTypeDescriptorBase(string name) : base(name) { }

    internal override TypeKind Kind => TypeKind.Object;

    Type? IObjectTypeState.RuntimeType => RuntimeType;
    Func<object, bool>? IObjectTypeState.IsOfTypeCheck => IsOfTypeCheck;

    internal Type? RuntimeType { get; set; }
    internal Func<object, bool>? IsOfTypeCheck { get; private set; }

    /// <summary>A field with a synchronous resolver: <c>.Field("hello", "String!", ctx => "world")</c>.</summary>
    public TSelf Field(string name, string type, Func<IResolverContext, object?> resolve) =>
        Field(name, type, f => f.Resolve(resolve));

    /// <summary>Decides whether a runtime value is of this type when resolving an interface or union.</summary>
    public TSelf IsOfType(Func<object, bool> isOfType)
    {
        IsOfTypeCheck = isOfType;
        return (TSelf)this;
    }

    /// <summary>Values of this CLR type resolve to this object type when returned for an interface or union.</summary>
    public TSelf RuntimeTypeIs<TRuntime>()
    {
        RuntimeType = typeof(TRuntime);
        return (TSelf)this;
    }
}

/// <summary>Configures an object type whose runtime values are of no particular CLR type.</summary>
public sealed class ObjectTypeDescriptor : ObjectTypeDescriptorBase<ObjectTypeDescriptor>
{
    internal ObjectTypeDescriptor(string name) : base(name) { }
}

/// <summary>Configures an object type backed by <typeparamref name="T"/>: fields can read the parent directly.</summary>
public sealed class ObjectTypeDescriptor<T> : ObjectTypeDescriptorBase<ObjectTypeDescriptor<T>>
{
    internal ObjectTypeDescriptor(string name) : base(name)
    {
        RuntimeType = typeof(T);
    }

    /// <summary>
    /// A field read from the parent: <c>.Field("title", "String!", p => p.Title)</c>. It is marked as a pure read
    /// (<see cref="FieldDescriptor.PureResolverKey"/>), so the cost analysis weighs it as a property, not as a resolver
    /// that fetches; when it reads one member of the parent, that member is what a projection fetches for it
    /// (<see cref="FieldDescriptor.ParentMembersKey"/>).
    /// </summary>
    public ObjectTypeDescriptor<T> Field(string name, string type, Expression<Func<T, object?>> select)
    {
        var read = select.Compile();
        var member = ParentMember.TryOf(select);
        return Field(name, type, f =>
        {
            f.Resolve(context => read(context.Parent<T>()))
                .SetContextData(FieldDescriptor.PureResolverKey, true)
                .SetContextData(FieldDescriptor.ParentReadKey, (Func<object?, object?>)(parent => read((T)parent!)));
            if (member is not null)
            {
                f.SetContextData(FieldDescriptor.ParentMembersKey, new[] { member });
            }
        });
    }
}
