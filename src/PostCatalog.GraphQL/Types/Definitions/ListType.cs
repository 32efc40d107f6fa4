namespace PostCatalog.GraphQL.Types;

/// <summary>The list wrapper <c>[T]</c>. Equal to any other list of an equal type.</summary>
public sealed class ListType : IWrapperType, INullableType, IInputType, IOutputType, IEquatable<ListType>
{
    public ListType(IType ofType)
    {
        OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));
    }

    public TypeKind Kind => TypeKind.List;

    public IType OfType { get; }

    /// <summary>The item type.</summary>
    public IType ElementType => OfType;

    public bool Equals(ListType? other) => other is not null && OfType.IsEqualType(other.OfType);

    public override bool Equals(object? obj) => Equals(obj as ListType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    public override string ToString() => this.Print();
}
