using System.Text.RegularExpressions;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

// Names: the spec's Name grammar, "__" reserved for introspection, and uniqueness within a type.
internal static partial class SchemaValidator
{
    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (!NamePattern().IsMatch(name))
        {
            context.Report(name.Length > 0 && !char.IsAsciiLetter(name[0]) && name[0] != '_'
                ? $"Names must start with [_a-zA-Z] but \"{name}\" does not."
                : $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }
        else if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    /// <summary>Reports each name used more than once, e.g. two fields "Query.a".</summary>
    private static void ValidateUnique<T>(Context context, IEnumerable<T> members, Func<T, string> describe, Func<T, SyntaxNode?> node)
        where T : IHasName
    {
        foreach (var group in members.GroupBy(m => m.Name).Where(g => g.Count() > 1))
        {
            context.Report(describe(group.First()), group.Select(node).ToArray());
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
