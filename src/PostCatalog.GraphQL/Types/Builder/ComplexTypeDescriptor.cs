namespace PostCatalog.GraphQL.Types;

/// <summary>Fields and interfaces: what object and interface descriptors share.</summary>
public abstract class ComplexTypeDescriptor<TSelf> : TypeDescriptor<TSelf>, IComplexTypeState
    where TSelf : ComplexTypeDescriptor<TSelf>
{
    private protected ComplexTypeDescriptor(string name) : base(name) { }

    internal List<FieldDescriptor> Fields { get; } = [];
    internal List<string> InterfaceNames { get; } = [];

    List<FieldDescriptor> IComplexTypeState.Fields => Fields;
    List<string> IComplexTypeState.InterfaceNames => InterfaceNames;

    public TSelf Implements(params string[] interfaceNames)
    {
        InterfaceNames.AddRange(interfaceNames);
        return (TSelf)this;
    }

    /// <summary>A field configured in full: <c>.Field("post", f => f.Type("Post").Argument("slug", "String!"))</c>.</summary>
    public TSelf Field(string name, Action<FieldDescriptor> configure)
    {
        var field = new FieldDescriptor(name) { SchemaBuilder = Builder };
        configure(field);
        Fields.Add(field);
        return (TSelf)this;
    }

    /// <summary>A field with its type: <c>.Field("id", "ID!")</c> or <c>.Field("post", "Post", f => f.Argument(...))</c>.</summary>
    public TSelf Field(string name, string type, Action<FieldDescriptor>? configure = null) =>
        Field(name, f =>
        {
            f.Type(type);
            configure?.Invoke(f);
        });
}

/// <summary>The collected state of an object or interface descriptor, whatever its generic self type.</summary>
internal interface IComplexTypeState
{
    string Name { get; }
    List<FieldDescriptor> Fields { get; }
    List<string> InterfaceNames { get; }
}

/// <summary>The collected state of an object type descriptor.</summary>
internal interface IObjectTypeState : IComplexTypeState
{
    Type? RuntimeType { get; }
    Func<object, bool>? IsOfTypeCheck { get; }
}
