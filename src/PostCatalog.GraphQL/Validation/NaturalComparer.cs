namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// graphql-js's <c>naturalCompare</c>: character by character, but runs of digits compare as numbers
/// ("Type2" before "Type10"). Orders suggestions the way the reference implementation does.
/// </summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static readonly NaturalComparer Instance = new();

    public int Compare(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var numberA = ReadNumber(a, ref i);
                var numberB = ReadNumber(b, ref j);
                if (numberA != numberB) return numberA < numberB ? -1 : 1;
            }
            else
            {
                if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    // Like graphql-js, a leading zero ends the number: "0" then "1" are two numbers.
    private static double ReadNumber(string text, ref int index)
    {
        double number = 0;
        do
        {
            number = number * 10 + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);
        return number;
    }
}
