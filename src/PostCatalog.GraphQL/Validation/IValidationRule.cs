namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// One rule of the spec's section 5 (or a custom one). Like a graphql-js rule function, a rule is a factory:
/// it creates a fresh <see cref="ValidationVisitor"/> for every document, so rules themselves hold no state.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule's name, graphql-js's where the spec has the rule (e.g. <c>FieldsOnCorrectTypeRule</c>).</summary>
    string Name { get; }

    /// <summary>The <c>extensions.code</c> of the errors this rule reports.</summary>
    string Code { get; }

    /// <summary>The spec section the rule implements (<c>extensions.specifiedBy</c>), or null for a custom rule.</summary>
    string? SpecifiedBy { get; }

    /// <summary>The visitor that checks one document; it reports through <paramref name="context"/>.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
