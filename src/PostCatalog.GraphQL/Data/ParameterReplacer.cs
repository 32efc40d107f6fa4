using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data;

/// <summary>Inlines a member lambda (<c>p =&gt; p.Title</c>) on another instance expression, so that composed predicates stay one tree a LINQ provider can translate.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Inline(LambdaExpression lambda, Expression instance) =>
        new ParameterReplacer(lambda.Parameters[0], instance).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) =>
        node == parameter ? replacement : base.VisitParameter(node);
}
