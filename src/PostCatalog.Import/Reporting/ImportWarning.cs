namespace PostCatalog.Import.Reporting;

/// <summary>Something a reader or rule could not take at face value; <see cref="Position"/> is null for whole-document problems.</summary>
public sealed record ImportWarning(string Document, string? Position, string Message)
{
    public override string ToString() => Position is null ? $"{Document}: {Message}" : $"{Document} {Position}: {Message}";
}
