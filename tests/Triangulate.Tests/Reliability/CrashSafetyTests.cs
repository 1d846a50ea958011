using System.Diagnostics;
using Triangulate.Benchmarking;
using Triangulate.Storage;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Reliability;

/// <summary>Kills a real `triangulate ingest` child process mid-run and checks the database: sound, nothing half-stored, no duplicates, and a re-run completes the work.</summary>
public sealed class CrashSafetyTests
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll");

    private static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(CliDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        return Process.Start(psi)!;
    }

    private static (int Exit, string Err) RunToEnd(params string[] args)
    {
        using var p = Start(args);
        var err = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("triangulate did not finish in 5 minutes");
        }
        return (p.ExitCode, err.Result);
    }

    [Fact]
    public void Ingest_KilledAtRandomPoints_DatabaseSoundAndRerunCompletes()
    {
        using var dir = new TempDir();
        var corpus = dir.File("corpus.jsonl.gz");
        new SyntheticCorpus(seed: 7).WriteJsonLines(corpus, 12_000);
        var db = dir.File("t.db");
        var random = new Random(42);
        var kills = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var p = Start("ingest", corpus, "--db", db, "--quiet");
            Thread.Sleep(random.Next(300, 2500));
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true); // SIGKILL on Unix
                kills++;
            }
            p.WaitForExit();
            using var store = new SqliteDossierStore(db);
            Assert.Equal("ok", store.IntegrityCheck());
            // Every stored document is whole: its cleaned text is present and maps back inside its original.
            foreach (var d in store.Documents())
            {
                Assert.False(string.IsNullOrEmpty(d.Text));
                Assert.True(d.Map.ToOriginal(d.Text.Length - 1) < d.Source.Text.Length);
            }
        }
        var (exit, err) = RunToEnd("ingest", corpus, "--db", db, "--quiet");
        Assert.True(exit == 0, err);
        using var final = new SqliteDossierStore(db);
        var expected = Triangulate.Pipeline.Analyzer.ReadAndClean([corpus]).Documents.Count;
        Assert.Equal(expected, final.Count);
        Assert.Equal("ok", final.IntegrityCheck());
        Assert.True(kills >= 1, "at least one run should have been killed mid-ingest");
    }

    [Fact]
    public async Task Ingest_TwoProcessesIntoOneDatabase_BothFinishNothingLost()
    {
        using var dir = new TempDir();
        var a = dir.File("a.jsonl.gz");
        var b = dir.File("b.jsonl.gz");
        new SyntheticCorpus(seed: 1).WriteJsonLines(a, 3_000);
        new SyntheticCorpus(seed: 2).WriteJsonLines(b, 3_000);
        var db = dir.File("shared.db");
        using var pa = Start("ingest", a, "--db", db, "--quiet");
        using var pb = Start("ingest", b, "--db", db, "--quiet");
        var errA = pa.StandardError.ReadToEndAsync();
        var errB = pb.StandardError.ReadToEndAsync();
        Assert.True(pa.WaitForExit(TimeSpan.FromMinutes(5)));
        Assert.True(pb.WaitForExit(TimeSpan.FromMinutes(5)));
        Assert.True(pa.ExitCode == 0, await errA);
        Assert.True(pb.ExitCode == 0, await errB);
        var expected = Triangulate.Pipeline.Analyzer.ReadAndClean([a, b]).Documents.Select(d => d.Id).ToHashSet();
        using var store = new SqliteDossierStore(db);
        Assert.Equal("ok", store.IntegrityCheck());
        var stored = store.Documents().Select(d => d.Id).ToHashSet();
        Assert.Superset(expected.Where(id => id.Length == 16).ToHashSet(), stored.Where(id => id.Length == 16).ToHashSet());
        Assert.True(stored.Count >= expected.Count(id => id.Length == 16));
    }
}
