using Triangulate.Pipeline;
using Triangulate.Execution;

namespace Triangulate.Tests.Pipeline;

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
                    Thread.SpinWait(1000); // a runaway computes: the budget counts the thread's processor time
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
        Assert.Contains(problems, p => p.File == "b.txt" && p.Reason.Contains("budget", StringComparison.Ordinal) && p.Severity == ProblemSeverity.Warning);
        Assert.Contains(problems, p => p.File == "c.txt" && p.Reason.Contains("broken sentence", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_WorkThatWaitsRatherThanComputes_IsNotCutByTheBudget()
    {
        // Given work that takes several budgets of wall-clock time while hardly using the processor — what a document on a
        // machine busy with other work looks like to the clock on the wall
        Assert.SkipUnless(OperatingSystem.IsLinux(), "per-thread processor clocks are read on Linux; elsewhere the budget is wall-clock");
        var docs = new[] { Doc("a", "slow but cheap"), Doc("b", "spins") };

        // When it runs with a 300 ms budget: one document sleeps for 600 ms in all, the other computes until it is cut
        var (results, problems) = PerDocument.Map(docs, "figures", (d, ct) =>
        {
            var until = DateTime.UtcNow.AddMilliseconds(600);
            while (d.Id != "a" || DateTime.UtcNow < until)
            {
                ct.ThrowIfCancellationRequested();
                if (d.Id == "a")
                {
                    Thread.Sleep(20);
                }
                else
                {
                    Thread.SpinWait(1000);
                }
            }
            return 1;
        }, fallback: -1, CancellationToken.None, TimeSpan.FromMilliseconds(300));

        // Then the waiting document keeps its result and only the computing one is cut
        Assert.Equal([1, -1], results);
        Assert.Equal("b.txt", Assert.Single(problems).File);
    }

    [Fact]
    public void Map_WorkThatWaitsForever_IsCutByTheWallClockCeiling()
    {
        // Given work that blocks without computing (a deadlock)
        var docs = new[] { Doc("a", "stuck") };

        // When it runs with a 20 ms budget
        var (results, problems) = PerDocument.Map(docs, "figures", (d, ct) =>
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        }, fallback: -1, CancellationToken.None, TimeSpan.FromMilliseconds(20));

        // Then it is cut all the same, after the ceiling, with a problem naming it
        Assert.Equal([-1], results);
        Assert.Contains("budget", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_RunCancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PerDocument.Map([Doc("a", "x")], "s", (_, _) => 1, 0, cts.Token));
    }

    [Fact]
    public void Map_InsideSequentialScope_RunsOnTheCallingThread()
    {
        // Given enough documents that a parallel loop would use other threads
        var docs = Enumerable.Range(0, 64).Select(i => Doc("d" + i, "text " + i)).ToArray();
        var caller = Environment.CurrentManagedThreadId;

        // When the work runs inside a sequential scope, then after it
        int[] inside;
        using (Parallelism.Sequential())
        {
            Assert.True(Parallelism.IsSequential);
            Assert.Equal(1, Parallelism.Options(default).MaxDegreeOfParallelism);
            (inside, _) = PerDocument.Map(docs, "figures", (d, ct) => { Thread.Sleep(1); return Environment.CurrentManagedThreadId; }, -1, default);
        }

        // Then every document ran on the caller's thread, results stay in order, and the scope ended with the block
        Assert.All(inside, t => Assert.Equal(caller, t));
        Assert.False(Parallelism.IsSequential);
        Assert.Equal(Environment.ProcessorCount, Parallelism.Options(default).MaxDegreeOfParallelism);
        using (default(Parallelism.Scope))
        {
            Assert.False(Parallelism.IsSequential);
        }
        Assert.False(Parallelism.IsSequential);
    }
}
