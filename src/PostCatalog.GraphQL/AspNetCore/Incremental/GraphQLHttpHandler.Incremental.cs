using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PostCatalog.GraphQL.AspNetCore.Incremental;
using PostCatalog.GraphQL.AspNetCore.Requests;
using PostCatalog.GraphQL.AspNetCore.Responses;
using PostCatalog.GraphQL.Execution;

namespace PostCatalog.GraphQL.AspNetCore;

// A single request whose Accept names multipart/mixed runs incrementally: with @defer/@stream deferring something,
// the payloads go out as multipart parts; with nothing deferred, the one result is answered as any other (negotiated
// JSON media type, usual status codes), as HotChocolate does.
public sealed partial class GraphQLHttpHandler
{
    private async Task ExecuteIncrementallyAsync(HttpContext context, GraphQLHttpRequest http, ResponseFormat format, bool isGet)
    {
        var (operation, rejected) = PrepareOperation(context, http,
            isGet ? AllowedOperations.Query : AllowedOperations.Query | AllowedOperations.Mutation);
        if (operation is null)
        {
            await GraphQLResponseWriter.WriteAsync(context, rejected!, format, _options.GetCacheControl);
            return;
        }

        await using var payloads = executor
            .ExecuteIncrementallyAsync(operation, context.RequestServices, context.RequestAborted)
            .GetAsyncEnumerator(context.RequestAborted);
        if (!await payloads.MoveNextAsync()) return;
        var first = payloads.Current;
        log.Outcome(first.Initial!, context.TraceIdentifier);
        RefuseOverGet(context, first.Initial!, isGet);
        if (!first.IsIncremental)
        {
            await GraphQLResponseWriter.WriteAsync(context, first.Initial!, format, _options.GetCacheControl);
            return;
        }

        try
        {
            await MultipartMixed.WriteAsync(context, first, payloads);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The parts already sent stand; close the body so the client sees the end instead of a hung stream.
            log.LogError(ex, "Unexpected error in GraphQL request {RequestId} after its first part", context.TraceIdentifier);
            await MultipartMixed.EndAsync(context);
        }
    }
}
