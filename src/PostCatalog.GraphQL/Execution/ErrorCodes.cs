namespace PostCatalog.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values the executor sets, named and numbered as HotChocolate does.</summary>
public static class ErrorCodes
{
    /// <summary>The request had neither a query, a document nor a known document id.</summary>
    public const string NoDocument = "HC0015";
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string SyntaxError = "HC0011";
    /// <summary>The document failed validation.</summary>
    public const string ValidationError = "HC0009";
    /// <summary>The operation to execute could not be chosen (missing or unknown name).</summary>
    public const string OperationNotFound = "HC0012";
    /// <summary>A variable value could not be coerced to its declared type.</summary>
    public const string InvalidVariable = "HC0016";
    /// <summary>A persisted operation id is not known.</summary>
    public const string PersistedOperationNotFound = "HC0020";

    /// <summary>An automatic persisted query whose hash is not its query's sha256 (HotChocolate answers it as an invalid request).</summary>
    public const string PersistedQueryHashMismatch = "HC0009";
    /// <summary>The request ran longer than <see cref="ExecutionOptions.ExecutionTimeout"/>.</summary>
    public const string Timeout = "HC0045";
    /// <summary>Introspection was asked for while it is turned off.</summary>
    public const string IntrospectionNotAllowed = "HC0046";
    /// <summary>A non-null field resolved to null.</summary>
    public const string NonNullViolation = "HC0018";
    /// <summary>The operation's type is not one the transport allows (a mutation over GET, a subscription over plain POST).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    /// <summary>A subscription's source stream failed, or its subscriber fell further behind than the event buffer holds.</summary>
    public const string SubscriptionEnded = "SUBSCRIPTION_ENDED";
    /// <summary>A resolver threw an exception that is not a GraphQL error.</summary>
    public const string Unexpected = "HC0000";
}
