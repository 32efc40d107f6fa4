using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A scalar: a leaf value with its own coercion rules. Subclass it for a custom scalar and add it with
/// <see cref="SchemaBuilder.AddScalarType"/>. Instances hold no per-schema state, so one instance may serve many schemas.
/// </summary>
public abstract class ScalarType : ILeafType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
    {
        Name = name;
        Description = description;
        SpecifiedByUrl = specifiedByUrl;
    }

    public TypeKind Kind => TypeKind.Scalar;

    public string Name { get; }

    public string? Description { get; private set; }

    /// <summary>The <c>@specifiedBy(url:)</c> of this scalar; null for the spec's own scalars.</summary>
    public string? SpecifiedByUrl { get; private set; }

    public IReadOnlyList<DirectiveNode> Directives { get; private set; } = [];

    public IReadOnlyDictionary<string, object?> ContextData { get; private set; } = new Dictionary<string, object?>();

    public ScalarTypeDefinitionNode? SyntaxNode { get; private set; }

    /// <summary>The CLR type of the runtime value <see cref="ParseValue"/> and <see cref="ParseLiteral"/> return.</summary>
    public abstract Type RuntimeType { get; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public bool IsSpecScalar => BuiltInScalars.IsSpecScalar(Name);

    public abstract object? Serialize(object? runtimeValue);

    public abstract object? ParseValue(object? inputValue);

    public abstract object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null);

    public abstract ValueNode ValueToLiteral(object? runtimeValue);

    /// <summary>Whether <see cref="ParseLiteral"/> accepts the literal (variables count as valid).</summary>
    public virtual bool IsValidLiteral(ValueNode valueNode)
    {
        try
        {
            ParseLiteral(valueNode);
            return true;
        }
        catch (GraphQLException)
        {
            return false;
        }
    }

    /// <summary>The exception a scalar throws when a value does not fit.</summary>
    protected SerializationException Error(string message) => new(message, this);

    /// <summary>
    /// A copy carrying what an SDL definition says about the scalar (description, @specifiedBy, directives);
    /// with <paramref name="replace"/> the SDL's absent description or URL stays absent.
    /// </summary>
    internal ScalarType WithDefinition(
        string? description,
        string? specifiedByUrl,
        IReadOnlyList<DirectiveNode> directives,
        ScalarTypeDefinitionNode? syntaxNode,
        bool replace)
    {
        var copy = (ScalarType)MemberwiseClone();
        copy.Description = replace ? description : description ?? Description;
        copy.SpecifiedByUrl = replace ? specifiedByUrl : specifiedByUrl ?? SpecifiedByUrl;
        copy.Directives = directives;
        copy.SyntaxNode = syntaxNode;
        return copy;
    }

    public override string ToString() => Name;
}
