namespace PostCatalog.GraphQL.Types;

/// <summary>The non-null wrapper <c>T!</c>; wraps any type except another non-null type.</summary>
public sealed class NonNullType : IWrapperType, IInputType, IOutputType, IEquatable<NonNullType>
{
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected a nullable type but got: {ofType.Print()}.", nameof(ofType));
        }

        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.NonNull;

    public IType OfType { get; }

    public bool Equals(NonNullType? other) => other is not null && OfType.IsEqualType(other.OfType);

    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    public override string ToString() => this.Print();
}
