using System.Runtime;
using Triangulate.Pipeline;
using Triangulate.Storage.Output;
using Triangulate.Benchmarking;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Pipeline;

// The latency mode is process-wide: these tests run alone so no other test's archive run holds it meanwhile.
[Collection(SerialCollection.Name)]
public sealed class BatchCollectionTests
{
    [Fact]
    public void Enter_OverlappingScopes_BatchUntilTheLastEndsThenTheModeBefore()
    {
        var original = GCSettings.LatencyMode;
        try
        {
            var start = StartFromNonBatchMode();
            var first = BatchCollection.Enter();
            var second = BatchCollection.Enter();
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);

            // When the first scope ends while the second still holds
            first.Dispose();
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);

            // Then only the last one out restores the mode set before
            second.Dispose();
            Assert.Equal(start, GCSettings.LatencyMode);
            default(BatchCollection.Scope).Dispose();
            Assert.Equal(start, GCSettings.LatencyMode);
        }
        finally
        {
            GCSettings.LatencyMode = original;
        }
    }

    [Fact]
    public void PartitionedRun_Finishes_CollectorModeAsBefore()
    {
        var original = GCSettings.LatencyMode;
        try
        {
            var start = StartFromNonBatchMode();
            using var temp = new TempDir();
            var corpus = temp.File("corpus.jsonl.gz");
            new SyntheticCorpus(3).WriteJsonLines(corpus, 60);

            var result = PartitionedFolders.Run([corpus], temp.File("out"), formats: ["json"]);

            Assert.Equal(60, result.Documents);
            Assert.Equal(start, GCSettings.LatencyMode);
        }
        finally
        {
            GCSettings.LatencyMode = original;
        }
    }

    // A mode other than batch to start from, so that switching and restoring can be told apart.
    private static GCLatencyMode StartFromNonBatchMode()
    {
        GCSettings.LatencyMode = GCLatencyMode.LowLatency;
        var start = GCSettings.LatencyMode;
        if (start == GCLatencyMode.Batch)
        {
            Assert.Skip("this runtime keeps the collector in batch mode, so batch mode cannot be told from the mode before");
        }
        return start;
    }
}
