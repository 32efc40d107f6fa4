using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PostCatalog.Benchmarks -- --filter '*'   (benchmarks/run-engine.sh does this and writes RESULTS.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
