using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Triangulate.Bench.IngestCleanBenchmarks).Assembly).Run(args);
