namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A scalar as registered: a CLR implementation added in code, an SDL declaration, or both (the SDL declaration
/// then binds to the implementation, as in HotChocolate).
/// </summary>
internal sealed class ScalarTypeDescriptor : TypeDescriptor<ScalarTypeDescriptor>
{
    public ScalarTypeDescriptor(string name) : base(name) { }

    internal override TypeKind Kind => TypeKind.Scalar;

    public ScalarType? Implementation { get; set; }

    /// <summary>True when an SDL definition declared the scalar: its description and @specifiedBy then win.</summary>
    public bool DeclaredInSdl { get; set; }

    public string? SpecifiedByUrl { get; set; }
}
