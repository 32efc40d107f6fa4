using System.Text;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A response path (<c>["posts", 0, "title"]</c>), immutable and shared by prefix: appending never copies.
/// </summary>
public sealed class Path
{
    private Path(Path? parent, object? segment)
    {
        Parent = parent;
        Segment = segment;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>The empty path of the operation's root.</summary>
    public static Path Root { get; } = new(null, null);

    public Path? Parent { get; }

    /// <summary>A field's response name (string) or a list index (int); null for <see cref="Root"/>.</summary>
    public object? Segment { get; }

    /// <summary>Number of segments.</summary>
    public int Depth { get; }

    public bool IsRoot => Parent is null;

    public Path Append(string responseName) => new(this, responseName);

    public Path Append(int index) => new(this, index);

    /// <summary>The segments from the root, as the spec's <c>path</c> entry.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        for (var path = this; !path.IsRoot; path = path.Parent!)
        {
            segments[path.Depth - 1] = path.Segment!;
        }

        return segments;
    }

    /// <summary><c>posts[0].title</c></summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in ToList())
        {
            if (segment is int index) builder.Append('[').Append(index).Append(']');
            else builder.Append(builder.Length == 0 ? "" : ".").Append(segment);
        }

        return builder.ToString();
    }
}
