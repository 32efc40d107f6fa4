using System.Text.Json.Nodes;

namespace PostCatalog.GraphQL.Tests.Conformance.Oracle;

/// <summary>
/// One question for graphql-js: <paramref name="Mode"/> names <c>tests/conformance-oracle/modes/&lt;mode&gt;.mjs</c>,
/// <paramref name="Fields"/> are sent beside <c>id</c> and <c>mode</c> (e.g. <c>source</c>, or <c>schema</c> and <c>document</c>).
/// Ids must be unique across the whole run; prefix them with your area, e.g. <c>parser/print/kitchen-sink</c>.
/// </summary>
public sealed record OracleCase(string Id, string Mode, JsonObject Fields)
{
    public OracleCase(string id, string mode, string source)
        : this(id, mode, new JsonObject { ["source"] = source })
    {
    }
}

/// <summary>
/// Contributes cases to the single batched oracle run. Every public non-abstract implementation in the
/// test assembly with a parameterless constructor is discovered by <see cref="OracleFixture"/>.
/// </summary>
public interface IOracleCaseSource
{
    IEnumerable<OracleCase> GetCases();
}
