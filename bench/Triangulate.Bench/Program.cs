using BenchmarkDotNet.Running;
using Triangulate.Bench.Peers;

if (args.Length > 0 && args[0] == "peers")
{
    return AebPeerRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "clean-stage")
{
    return Triangulate.Bench.Cleaning.CleanStageRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "entities-stage")
{
    return Triangulate.Bench.Entities.EntitiesStageRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "peers-recognizers")
{
    return RecognizersPeerRun.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Triangulate.Bench.IngestCleanBenchmarks).Assembly).Run(args);
return 0;
