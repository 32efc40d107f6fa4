using Microsoft.Extensions.Logging;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>
/// What the endpoint writes to the log. A client's mistake (a bad cursor, a page too large, a validation error, an
/// aborted request) is one Information line with the request id and no stack trace: it is not the server's fault and
/// must not page anyone. Only a fault of the server (an exception a resolver did not expect) is an Error, with the
/// exception, so that the "Unexpected Execution Error" a client saw can be found by its request id.
/// </summary>
internal static class RequestLog
{
    /// <summary>How many of a response's client errors one log line names.</summary>
    private const int ErrorsPerLine = 3;

    /// <summary>Longest error message a log line repeats (messages quote at most a prefix of the input already).</summary>
    private const int MaxLoggedMessageLength = 300;

    private static readonly Action<ILogger, string, int, string, string, Exception?> RequestRejected =
        LoggerMessage.Define<string, int, string, string>(LogLevel.Information, new EventId(1, "RequestRejected"),
            "GraphQL request {RequestId} rejected with {Status} {Code}: {Message}");

    private static readonly Action<ILogger, string, int, string, Exception?> ClientErrors =
        LoggerMessage.Define<string, int, string>(LogLevel.Information, new EventId(2, "ClientErrors"),
            "GraphQL request {RequestId} answered with {Count} client error(s): {Errors}");

    private static readonly Action<ILogger, string, Exception?> RequestAborted =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(3, "RequestAborted"),
            "GraphQL request {RequestId} aborted by the client");

    private static readonly Action<ILogger, string, string, Exception?> ResolverFault =
        LoggerMessage.Define<string, string>(LogLevel.Error, new EventId(4, "ResolverFault"),
            "Resolver error at {Path} in GraphQL request {RequestId}");

    public static void ClientError(this ILogger log, string requestId, int status, string code, string message) =>
        RequestRejected(log, requestId, status, code, OneLine(message), null);

    public static void Aborted(this ILogger log, string requestId) => RequestAborted(log, requestId, null);

    /// <summary>Server faults as errors with their exception; the client's errors, if any, as one line.</summary>
    public static void Outcome(this ILogger log, ExecutionResult result, string requestId)
    {
        if (result.Errors.Count == 0) return;
        List<GraphQLError>? clientErrors = null;
        foreach (var error in result.Errors)
        {
            if (IsServerFault(error))
                ResolverFault(log, PathOf(error), requestId, error.Exception);
            else
                (clientErrors ??= []).Add(error);
        }
        if (clientErrors is null || !log.IsEnabled(LogLevel.Information)) return;
        var named = clientErrors.Take(ErrorsPerLine).Select(e => $"{e.Code ?? "(no code)"} at {PathOf(e)}: {OneLine(e.Message)}");
        var more = clientErrors.Count > ErrorsPerLine ? $"; and {clientErrors.Count - ErrorsPerLine} more" : "";
        ClientErrors(log, requestId, clientErrors.Count, string.Join("; ", named) + more, null);
    }

    /// <summary>An exception that is not one of the engine's ways of saying "the request is wrong" is the server's fault.</summary>
    public static bool IsServerFault(GraphQLError error) =>
        error.Exception is not (null or GraphQLException or SyntaxException or DataErrorException or OperationCanceledException);

    private static string PathOf(GraphQLError error) => error.Path is null ? "(request)" : string.Join('.', error.Path);

    /// <summary>A client's text in a log line: short, and without line breaks that would forge further lines.</summary>
    private static string OneLine(string text) => ErrorText.Quote(text, MaxLoggedMessageLength).ReplaceLineEndings(" ");
}
