using System.Text.Json.Serialization;

namespace PostCatalog.Import.Reporting;

[JsonConverter(typeof(JsonStringEnumConverter<DocumentStatus>))]
public enum DocumentStatus { Read, UnknownFormat, Unreadable }

/// <summary>What happened to one input document; <see cref="Format"/> is null when no reader recognised it.</summary>
public sealed record DocumentResult(string Name, string? Format, DocumentStatus Status, int Mentions, string? Message = null);
