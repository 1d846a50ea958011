using Triangulate.Benchmarking;

namespace Triangulate.Tests.Linking;

/// <summary>The linking benchmark (reuse + clustering, documents/s and memory) at a tiny size.</summary>
[Collection(Triangulate.Tests.Support.SerialCollection.Name)]
public sealed class LinkingBenchTests
{
    [Fact]
    public void Run_TinySizes_TableHasEveryFieldPerSize()
    {
        // Given two tiny sizes, out of order
        // When
        var rows = LinkingBench.Run([300, 150]);
        var page = LinkingBench.Markdown(rows);

        // Then: smallest first, real work done, and the table names every measure
        Assert.Equal([150, 300], rows.Select(r => r.Documents));
        Assert.All(rows, r =>
        {
            Assert.True(r.ReuseSeconds > 0 && r.ClusterSeconds > 0);
            // Managed bytes are a difference of two process-wide heap readings; array pools trimmed on a timer in between
            // can make it zero in a shared test process, so only its bounds are checked here.
            Assert.InRange(r.ManagedBytes, 0, r.PeakWorkingSetBytes);
            Assert.True(r.PeakWorkingSetBytes > 0);
            Assert.True(r.CorrectLinks > 0 && r.CorrectLinks <= r.Links);
        });
        foreach (var field in new[] { "documents", "reuse s", "reuse docs/s", "clustering s", "clustering docs/s", "managed MB", "peak WS MB", "Machine:", "Scaling 150 → 300" })
        {
            Assert.Contains(field, page, StringComparison.Ordinal);
        }
        var dataRows = page.Split('\n').Where(l => l.StartsWith("| 1", StringComparison.Ordinal) || l.StartsWith("| 3", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, dataRows.Count);
        Assert.All(dataRows, l => Assert.Equal(11, l.Count(c => c == '|')));
    }
}
