using System.Text;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// Base of the built-in rules: the name is the class name, the code is derived from it
/// (<c>FieldsOnCorrectTypeRule</c> reports <c>FIELDS_ON_CORRECT_TYPE</c>), and the spec link is built
/// from the section anchor the rule names.
/// </summary>
public abstract class ValidationRule : IValidationRule
{
    private const string SpecUrl = "https://spec.graphql.org/October2021/#";

    protected ValidationRule()
    {
        Name = GetType().Name;
        Code = ToCode(Name);
    }

    public string Name { get; }

    public string Code { get; }

    public string? SpecifiedBy => SpecSection is null ? null : SpecUrl + SpecSection;

    /// <summary>The anchor of the rule's section in the spec, e.g. <c>sec-Field-Selections</c>.</summary>
    protected abstract string? SpecSection { get; }

    public abstract ValidationVisitor CreateVisitor(ValidationContext context);

    public override string ToString() => Name;

    // FieldsOnCorrectTypeRule -> FIELDS_ON_CORRECT_TYPE: stable, greppable, one per rule.
    private static string ToCode(string name)
    {
        if (name.EndsWith("Rule", StringComparison.Ordinal)) name = name[..^4];
        var code = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) code.Append('_');
            code.Append(char.ToUpperInvariant(name[i]));
        }

        return code.ToString();
    }
}
