using System.Text;

namespace PostCatalog.GraphQL.Types;

/// <summary>HotChocolate's naming of CLR members in the schema.</summary>
public static class NameConventions
{
    /// <summary>A C# enum member name as a GraphQL enum value: <c>PublishedAt</c> → <c>PUBLISHED_AT</c>, <c>ASC</c> stays.</summary>
    public static string EnumValueName(string memberName)
    {
        if (memberName.All(c => !char.IsLetter(c) || char.IsUpper(c))) return memberName;
        var builder = new StringBuilder(memberName.Length + 4);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(memberName[i - 1]) || (i + 1 < memberName.Length && char.IsLower(memberName[i + 1])));
            if (startsWord && memberName[i - 1] != '_') builder.Append('_');
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
