using System.Text.Json.Serialization;

namespace PostCatalog.Import.Reporting;

/// <summary>
/// What became of one document. Read: newly stored. Replaced: stored, replacing the stored document of the same
/// name. Unchanged: the same content is stored already, nothing to do. Removed: taken out of the catalog
/// (<c>--remove</c>, or not given to <c>--replace</c>). The others were skipped and not stored.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentStatus>))]
public enum DocumentStatus { Read, Replaced, Unchanged, Removed, UnknownFormat, Unreadable, TooLarge }

/// <summary>What happened to one input document; <see cref="Format"/> is null when no reader recognised it.</summary>
public sealed record DocumentResult(string Name, string? Format, DocumentStatus Status, int Mentions, string? Message = null)
{
    /// <summary>Understood by a reader and part of the catalog now.</summary>
    [JsonIgnore]
    public bool IsRead => Status is DocumentStatus.Read or DocumentStatus.Replaced or DocumentStatus.Unchanged;

    [JsonIgnore]
    public bool IsSkipped => Status is DocumentStatus.UnknownFormat or DocumentStatus.Unreadable or DocumentStatus.TooLarge;
}
