using Triangulate.Analysis;
using Triangulate.Dossier;

namespace Triangulate.Tests.Analysis;

public sealed class PerDocumentTests
{
    private static DossierDocument Doc(string id, string text) => new(id, id + ".txt", text);

    [Fact]
    public void Map_SlowAndThrowingDocuments_SkippedWithWarningsOthersKept()
    {
        // Given one document that never finishes and one that throws, among ordinary ones
        var docs = new[] { Doc("a", "fine"), Doc("b", "hang"), Doc("c", "boom"), Doc("d", "fine too") };

        // When the work runs with a short budget
        var (results, problems) = PerDocument.Map(docs, "figures", (d, ct) =>
        {
            if (d.Text == "hang")
            {
                while (true)
                {
                    ct.ThrowIfCancellationRequested();
                    Thread.Sleep(5);
                }
            }
            if (d.Text == "boom")
            {
                throw new InvalidOperationException("broken sentence");
            }
            return d.Text.Length;
        }, fallback: -1, CancellationToken.None, TimeSpan.FromMilliseconds(200));

        // Then results keep document order, failures fall back, and each failure names its file
        Assert.Equal([4, -1, -1, 8], results);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.File == "b.txt" && p.Reason.Contains("budget", StringComparison.Ordinal) && p.Severity == "warning");
        Assert.Contains(problems, p => p.File == "c.txt" && p.Reason.Contains("broken sentence", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_RunCancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PerDocument.Map([Doc("a", "x")], "s", (_, _) => 1, 0, cts.Token));
    }
}
