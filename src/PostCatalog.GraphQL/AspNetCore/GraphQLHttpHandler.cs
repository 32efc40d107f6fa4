using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostCatalog.GraphQL.AspNetCore.Memory;
using PostCatalog.GraphQL.AspNetCore.PersistedOperations;
using PostCatalog.GraphQL.AspNetCore.Requests;
using PostCatalog.GraphQL.AspNetCore.Responses;
using PostCatalog.GraphQL.AspNetCore.Tool;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL endpoint (GraphQL over HTTP): POST with a JSON body and GET with query parameters, content negotiation,
/// persisted operations, and the IDE for browsers. Clients get spec-shaped errors, never an exception's details.
/// </summary>
public sealed partial class GraphQLHttpHandler(
    RequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    AutomaticPersistedQueryStore persistedQueries,
    BananaCakePopFiles tool,
    SchemaDocument schemaDocument,
    MemoryReturner memory,
    ILogger<GraphQLHttpHandler> log)
{
    /// <summary>Request header that asks for the operation's cost (HotChocolate's name).</summary>
    public const string CostHeader = "GraphQL-Cost";

    private readonly GraphQLServerOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            if (request.Query.ContainsKey("sdl"))
            {
                await schemaDocument.WriteOrNotFoundAsync(context);
                return;
            }
            if (tool.IsAvailable && BananaCakePopFiles.IsBrowserRequest(request))
            {
                // The IDE's files are relative to the page, so it must be served from "/graphql/".
                if (!request.Path.Value!.EndsWith('/'))
                {
                    context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
                    return;
                }
                await tool.TryServeAsync(context, "");
                return;
            }
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
            return;
        }

        // A client that accepts only multipart/mixed gets its non-incremental answers (and errors) as application/json.
        var negotiated = ResponseFormats.Negotiate(request.Headers.Accept);
        if (negotiated is null && !Incremental.MultipartMixed.IsAccepted(request.Headers.Accept))
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }
        var format = negotiated ?? ResponseFormat.Json;

        try
        {
            await ExecuteAsync(context, format);
        }
        catch (RequestReadException ex)
        {
            log.ClientError(context.TraceIdentifier, ex.StatusCode, ex.Code, ex.Message);
            await GraphQLResponseWriter.WriteErrorAsync(context, ex.StatusCode, format, ex.Message, ex.Code);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel could not read the body: the connection closed before Content-Length bytes came ("Unexpected
            // end of request content"), or the framing was broken. The client's doing, never a server fault; if the
            // connection is still there it gets a 400.
            log.Aborted(context.TraceIdentifier);
            if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                try
                {
                    await GraphQLResponseWriter.WriteErrorAsync(context, ex.StatusCode, format, "The request body could not be read.", HttpErrorCodes.InvalidRequest);
                }
                catch (Exception)
                {
                    // The connection is gone after all: there is no one to answer.
                }
            }
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (cancelled, or the connection closed while we wrote): nothing to answer, nothing broken.
            log.Aborted(context.TraceIdentifier);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Unexpected error in GraphQL request {RequestId}", context.TraceIdentifier);
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, format,
                $"Unexpected server error (request {context.TraceIdentifier}).", ErrorCodes.Unexpected);
        }
        finally
        {
            memory.NoteRequest(request.ContentLength ?? request.QueryString.Value?.Length ?? 0);
        }
    }

    private async Task ExecuteAsync(HttpContext context, ResponseFormat format)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !_options.EnableGetRequests)
            throw new RequestReadException("GET requests are turned off; send a POST.", HttpErrorCodes.InvalidRequest, 405);
        if (isGet && request.QueryString.Value?.Length > _options.MaxRequestBytes)
            throw new RequestReadException($"The GraphQL request is larger than the allowed {_options.MaxRequestBytes} bytes.", HttpErrorCodes.RequestTooLarge, 413);

        var post = isGet
            ? GraphQLHttpPost.Single(GraphQLRequestReader.ReadGet(request.Query))
            : await GraphQLRequestReader.ReadPostAsync(request, _options.MaxRequestBytes, _options.EnableBatching, _options.MaxBatchSize,
                context.RequestAborted);

        if (!post.IsBatch && Incremental.MultipartMixed.IsAccepted(request.Headers.Accept))
        {
            await ExecuteIncrementallyAsync(context, post.Requests[0], format, isGet);
            return;
        }

        if (!post.IsBatch)
        {
            var result = await ExecuteOneAsync(context, post.Requests[0], isGet);
            await GraphQLResponseWriter.WriteAsync(context, result, format, _options.GetCacheControl);
            return;
        }

        // A batch runs in order, one operation after another, and is answered with an array in the same order; each
        // entry carries its own errors, so the status is 200 (as Apollo's BatchHttpLink expects).
        var results = new List<ExecutionResult>(post.Requests.Count);
        foreach (var one in post.Requests)
        {
            try
            {
                results.Add(await ExecuteOneAsync(context, one, isGet: false));
            }
            catch (RequestReadException ex)
            {
                log.ClientError(context.TraceIdentifier, ex.StatusCode, ex.Code, ex.Message);
                results.Add(ExecutionResult.FromError(new Types.GraphQLError(ex.Message).WithCode(ex.Code)));
            }
        }
        await GraphQLResponseWriter.WriteBatchAsync(context, results, format);
    }

    private async Task<ExecutionResult> ExecuteOneAsync(HttpContext context, GraphQLHttpRequest http, bool isGet)
    {
        var (operation, rejected) = PrepareOperation(context, http, isGet);
        if (operation is null) return rejected!;
        var result = await executor.ExecuteAsync(operation, context.RequestServices, context.RequestAborted);
        log.Outcome(result, context.TraceIdentifier);
        return result;
    }

    // The request as the executor takes it, or the answer when it cannot run (a persisted query that is not known).
    private (OperationRequest? Operation, ExecutionResult? Rejected) PrepareOperation(HttpContext context, GraphQLHttpRequest http, bool isGet)
    {
        var query = ResolvePersistedQuery(http, out var persistedError);
        if (persistedError is not null) return (null, persistedError);
        if (query is null && http.DocumentId is null)
            throw new RequestReadException("The GraphQL request has no \"query\" (or persisted \"id\").", HttpErrorCodes.InvalidRequest);
        if (query is not null && _options.PersistedOperations.OnlyTrustedDocuments)
            throw new RequestReadException("Only trusted documents are accepted: send the operation's \"id\".", HttpErrorCodes.OnlyTrustedDocuments);

        var operation = new OperationRequest
        {
            Query = query,
            DocumentId = query is null ? http.DocumentId : null,
            OperationName = http.OperationName,
            Variables = http.Variables,
            Extensions = http.Extensions,
        };
        // HotChocolate's switch: "GraphQL-Cost: report" adds extensions.operationCost to the response.
        if (context.Request.Headers.TryGetValue(CostHeader, out var costMode) && costMode.Any(v => string.Equals(v, "report", StringComparison.OrdinalIgnoreCase)))
            operation.ContextData[CostRequestFlags.ReportCost] = true;

        // GET must not change anything: find the operation's type before running it.
        if (isGet && query is not null && IsMutation(query, http.OperationName))
        {
            context.Response.Headers.Allow = "POST";
            throw new RequestReadException("Mutations cannot be sent with GET; use POST.", HttpErrorCodes.InvalidRequest, 405);
        }

        return (operation, null);
    }

    /// <summary>Automatic persisted queries: hash alone looks the document up; hash with query stores it.</summary>
    private string? ResolvePersistedQuery(GraphQLHttpRequest http, out ExecutionResult? error)
    {
        error = null;
        if (!_options.PersistedOperations.EnableAutomaticPersistedQueries || http.PersistedQueryHash is not { } hash) return http.Query;
        if (http.Query is { } query)
        {
            if (!persistedQueries.TrySave(hash, query))
            {
                error = ExecutionResult.FromError(new Types.GraphQLError("The persisted query's sha256Hash does not match its query.")
                    .WithCode(HttpErrorCodes.InvalidRequest));
            }
            return query;
        }
        if (persistedQueries.TryGet(hash, out var known)) return known;
        // Apollo clients look for this exact message to resend the query with its hash.
        error = ExecutionResult.FromError(new Types.GraphQLError("PersistedQueryNotFound").WithCode(ErrorCodes.PersistedOperationNotFound));
        return null;
    }

    private bool IsMutation(string query, string? operationName)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, executor.ParserOptions);
        }
        catch (SyntaxException)
        {
            return false; // the executor reports the syntax error
        }
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return chosen?.Operation == OperationType.Mutation;
    }
}
