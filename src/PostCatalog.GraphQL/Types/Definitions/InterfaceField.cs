namespace PostCatalog.GraphQL.Types;

/// <summary>A field declared by an interface; objects implementing the interface resolve it.</summary>
public sealed class InterfaceField : OutputField
{
    internal InterfaceField(MemberInfo info, InterfaceType declaringType, IOutputType type, IEnumerable<Argument> arguments)
        : base(info, type, arguments)
    {
        DeclaringType = declaringType;
    }

    public override InterfaceType DeclaringType { get; }
}
