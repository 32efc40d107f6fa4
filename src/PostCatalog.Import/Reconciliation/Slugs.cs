using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PostCatalog.Import.Reconciliation;

/// <summary>Slugs and comparison keys shared by the rules.</summary>
public static partial class Slugs
{
    /// <summary>WordPress-style slug: "Mårten Schultzberg" -> "marten-schultzberg", "Spotify’s" -> "spotifys".</summary>
    public static string Slugify(string text)
    {
        var withoutApostrophes = text.Replace("’", "").Replace("'", "");
        var slug = NonAlphanumeric().Replace(RemoveDiacritics(withoutApostrophes).ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>Letters and digits only, lower case: "Data-Science", "DATA SCIENCE" and "Data Science" share the key "datascience".</summary>
    public static string Key(string text) => NonAlphanumeric().Replace(RemoveDiacritics(text).ToLowerInvariant(), "");

    /// <summary>"DEVELOPER EXPERIENCE" -> "Developer Experience"; mixed-case text is kept as printed.</summary>
    public static string CapitalizeIfShouting(string text)
    {
        if (text.Any(char.IsLower)) return text;
        return string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>"engineering-culture" -> "Engineering Culture".</summary>
    public static string Humanize(string slug) => CapitalizeIfShouting(slug.Replace('-', ' ').ToUpperInvariant());

    /// <summary>"Mårten Frånberg" -> "Marten Franberg". Unicode decomposition is unavailable in invariant-globalization
    /// builds, so common Latin letters are folded by table first.</summary>
    public static string RemoveDiacritics(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;   // most text: nothing to fold, no allocation per character
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAscii(c)) { builder.Append(c); continue; }
            var folded = Fold(c);
            if (folded is not null) { builder.Append(folded); continue; }
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                    builder.Append(d);
            }
        }
        return builder.ToString();
    }

    private static string? Fold(char c)
    {
        const string from = "àáâãäåāçćčèéêëēěìíîïīñńňòóôõöøōùúûüūýÿšśžźżłđřÀÁÂÃÄÅĀÇĆČÈÉÊËĒĚÌÍÎÏĪÑŃŇÒÓÔÕÖØŌÙÚÛÜŪÝŸŠŚŽŹŻŁĐŘ";
        const string to = "aaaaaaaccceeeeeeiiiiinnnooooooouuuuuyysszzzldrAAAAAAACCCEEEEEEIIIIINNNOOOOOOOUUUUUYYSSZZZLDR";
        var index = from.IndexOf(c);
        if (index >= 0) return to[index].ToString();
        return c switch { 'ß' => "ss", 'æ' => "ae", 'Æ' => "AE", 'œ' => "oe", 'Œ' => "OE", 'þ' => "th", _ => null };
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
