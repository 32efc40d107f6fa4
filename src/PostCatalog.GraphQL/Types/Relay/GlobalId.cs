using System.Text;

namespace PostCatalog.GraphQL.Types.Relay;

/// <summary>Relay global ids as HotChocolate 14 writes them: base64 of <c>TypeName:key</c>.</summary>
public static class GlobalId
{
    public static string Format(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    public static bool TryParse(string? value, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(value)) return false;
        var bytes = new byte[(value.Length * 3 + 3) / 4];
        if (!Convert.TryFromBase64String(value, bytes, out var written)) return false;
        var text = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = text.IndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out id)) return false;
        typeName = text[..colon];
        return true;
    }
}
