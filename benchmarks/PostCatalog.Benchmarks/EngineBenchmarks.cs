using BenchmarkDotNet.Attributes;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;

namespace PostCatalog.Benchmarks;

/// <summary>Parse, validate and execute (cached plan) of the documents graphql-js is timed on in the same run.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private readonly DocumentValidator _validator = new();
    private string _source = "";
    private DocumentNode _document = null!;

    [Params("home-page", "introspection")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkCatalog.BuildSchema();
        _executor = new RequestExecutor(_schema, validator: _validator);
        _source = BenchmarkCatalog.Document(Document);
        _document = Parser.Parse(_source);
        var warm = _executor.ExecuteAsync(_source).GetAwaiter().GetResult();
        if (warm.Errors.Count > 0) throw new InvalidOperationException(warm.Errors[0].Message);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_source);

    [Benchmark]
    public int Validate() => _validator.Validate(_schema, _document).Errors.Count;

    /// <summary>The whole request on a warm executor: cached parse, validation and plan, then execution and JSON.</summary>
    [Benchmark]
    public string Execute() => _executor.ExecuteAsync(_source).GetAwaiter().GetResult().ToJson();
}
