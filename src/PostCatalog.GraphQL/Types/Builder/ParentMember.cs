using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Types;

/// <summary>The member of the parent a selector reads: <c>p =&gt; p.Title</c> (boxed or not) is <c>Post.Title</c>.</summary>
internal static class ParentMember
{
    /// <summary>The member <paramref name="selector"/> reads directly off its parameter; null for anything else (a computed value).</summary>
    public static System.Reflection.MemberInfo? TryOf(LambdaExpression selector)
    {
        var body = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : selector.Body;
        return body is MemberExpression { Expression: ParameterExpression } member ? member.Member : null;
    }

    public static System.Reflection.MemberInfo Of(LambdaExpression selector) => TryOf(selector)
        ?? throw new ArgumentException($"`{selector}` must read one member of its parameter, as `p => p.Id` does.", nameof(selector));
}
