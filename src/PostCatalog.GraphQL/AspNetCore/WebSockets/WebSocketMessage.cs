using System.Text.Json;
using PostCatalog.GraphQL.AspNetCore.Requests;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore.WebSockets;

/// <summary>One message a client sent, read by the rules of graphql-transport-ws; anything else is null (close 4400).</summary>
internal sealed record WebSocketMessage(string Type, string? Id, GraphQLHttpRequest? Subscribe, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string SubscribeType = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    /// <summary>The message, or null with the reason it is not one this protocol accepts.</summary>
    public static WebSocketMessage? Parse(ReadOnlyMemory<byte> bytes, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                problem = "a message must be a JSON object with a string \"type\"";
                return null;
            }

            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            switch (type.GetString())
            {
                case ConnectionInit or Ping or Pong:
                    if (type.GetString() == ConnectionInit && payload is { ValueKind: not JsonValueKind.Object })
                    {
                        problem = "the connection_init payload must be an object";
                        return null;
                    }

                    return new WebSocketMessage(type.GetString()!, null, null, payload);
                case SubscribeType:
                    if (string.IsNullOrEmpty(id) || payload is not { ValueKind: JsonValueKind.Object } body)
                    {
                        problem = "a subscribe message needs a string \"id\" and an object \"payload\"";
                        return null;
                    }

                    return new WebSocketMessage(SubscribeType, id, GraphQLRequestReader.ReadRequest(body), payload);
                case Complete:
                    if (string.IsNullOrEmpty(id))
                    {
                        problem = "a complete message needs a string \"id\"";
                        return null;
                    }

                    return new WebSocketMessage(Complete, id, null, null);
                default:
                    problem = $"unknown message type \"{ErrorText.Quote(type.GetString() ?? "")}\"";
                    return null;
            }
        }
        catch (JsonException)
        {
            problem = "a message must be JSON";
            return null;
        }
        catch (RequestReadException exception)
        {
            problem = exception.Message;
            return null;
        }
    }
}
