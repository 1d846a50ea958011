using static Triangulate.Tests.Support.CliRun;
using System.Diagnostics;
using Triangulate.Cli;
using Triangulate.Cli.Commands;
using Triangulate.Rendering;
using Triangulate.Storage;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cli;

/// <summary>Edge defects of the command line (issue 16): mistyped options and database URLs, unusable databases, control characters in
/// file names, and outputs written all or nothing.</summary>
public sealed class EdgeDefectTests
{
    private const string Article = """
        Flood in Northvale kills 12

        At least 12 people were killed when the river burst its banks in Northvale on Tuesday, the regional governor said in a statement.
        Rescue teams searched through the night and 30 people were taken to hospital, according to the health ministry.
        """;

    [Fact]
    public void Analyze_MistypedOption_IsAUsageErrorAndNothingRuns()
    {
        using var dir = new TempDir();
        var input = dir.Write("in/wire.txt", Article);
        var (exit, _, error) = Run("analyze", "--ouput", dir.File("report"), input, "--db", dir.File("t.db"), "--out", dir.File("out"));
        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--ouput'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("t.db")));
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Ingest_MistypedOptionWithValue_IsAUsageError()
    {
        using var dir = new TempDir();
        var (exit, _, error) = Run("ingest", dir.Write("wire.txt", Article), "--db", dir.File("t.db"), "--max-file=3");
        Assert.Equal(2, exit);
        Assert.Contains("--max-file=3", error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("t.db")));
    }

    [Fact]
    public void Analyze_WordAfterDoubleDash_IsReadAsAPath()
    {
        using var dir = new TempDir();
        var (exit, _, error) = Run("analyze", "--no-db", "--out", dir.File("out"), "--", "--no-such-file.txt");
        Assert.Equal(3, exit); // read as an input path (which does not exist), not refused as an option
        Assert.Contains("--no-such-file.txt: no such file or directory", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres:/analyst:s3cretpw@db.internal/news")]
    [InlineData("postgre://analyst:s3cretpw@db.internal/news")]
    [InlineData("postgresql:analyst:s3cretpw@db.internal/news")]
    [InlineData("postgress://analyst:s3cretpw@db.internal/news")]
    [InlineData("host=db.internal password=s3cretpw dbname=news")]
    [InlineData("postgres://analyst:s3cretpw@db.internal:port/news")]
    [InlineData("postgres://analyst:s3cretpw@db.internal/news?port=abc")]
    public void Ingest_MistypedPostgresUrl_IsAUsageErrorAndNeverEchoesThePassword(string db)
    {
        using var dir = new TempDir();
        var input = dir.Write("wire.txt", Article);
        var (exit, output, error) = Run("ingest", input, "--db", db);
        Assert.Equal(2, exit);
        Assert.DoesNotContain("s3cretpw", output + error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, db)));
    }

    [Fact]
    public void MaskSecrets_HidesUrlAndKeywordPasswords()
    {
        Assert.Equal("postgres:/analyst:***@h/db", DossierStores.MaskSecrets("postgres:/analyst:pw@h/db"));
        Assert.Equal("Host=h;Password=***;Database=d", DossierStores.MaskSecrets("Host=h;Password=pw;Database=d"));
        Assert.Equal("plain.db", DossierStores.MaskSecrets("plain.db"));
    }

    [Fact]
    public void Ingest_DbIsAFolder_OneLineAndExitThree()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("folder.db"));
        var (exit, _, error) = Run("ingest", dir.Write("wire.txt", Article), "--db", dir.File("folder.db"));
        Assert.Equal(3, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_DbWhereNothingCanBeWritten_OneLineAndExitThree()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs /proc");
        using var dir = new TempDir();
        // /proc refuses new files even to root: the database cannot be created.
        var (exit, _, error) = Run("ingest", dir.Write("wire.txt", Article), "--db", "/proc/triangulate-test.db");
        Assert.Equal(3, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ControlCharactersInFileNames_EscapedOnStderrAndInMarkdownAndCsv()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file names with control characters");
        using var dir = new TempDir();
        dir.Write("in/empty\nerror: forged line.txt", "");
        dir.Write("in/wire\u001b[2Jcopy.txt", Article);
        var (exit, output, error) = Run("analyze", dir.File("in"), "--no-db", "--out", dir.File("out"));
        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.DoesNotContain("\nerror: forged", error, StringComparison.Ordinal);
        Assert.Contains("empty\\nerror: forged line.txt", error, StringComparison.Ordinal);
        var md = File.ReadAllText(dir.File("out/dossier.md"));
        Assert.DoesNotContain('\u001b', md);
        Assert.Contains("x1b", md, StringComparison.Ordinal);
        var csv = File.ReadAllText(dir.File("out/claims.csv"));
        Assert.DoesNotContain('\u001b', csv);
        Assert.Contains("wire\\x1b[2Jcopy.txt", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Printable_Escape_ShowsControlCharactersAndKeepsTheRest()
    {
        Assert.Equal("a\\nb\\x1b[0m\\tc\\x85\\u2028é", Printable.Escape("a\nb\u001b[0m\tc\u0085\u2028é"));
        Assert.Same("plain name.txt", Printable.Escape("plain name.txt"));
    }

    private sealed class FailingRenderer : IDossierRenderer
    {
        public string Format => "failing";

        public IReadOnlyList<string> Files { get; } = ["failing.txt"];

        public void Render(Dossier dossier, string file, Stream output)
        {
            output.Write(new byte[1000]);
            throw new IOException("No space left on device");
        }
    }

    [Fact]
    public void Render_OneFormatFails_PreviousOutputsKeptAndNoTemporaryFilesLeft()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "dossier.json"), "previous json");
        File.WriteAllText(Path.Combine(outDir, "dossier.md"), "previous md");
        var dossier = SomeDossier.Small();
        Assert.Throws<IOException>(() => AnalysisRun.Render(dossier, outDir, [Renderers.Find("json")!, Renderers.Find("md")!, new FailingRenderer()]));
        Assert.Equal("previous json", File.ReadAllText(Path.Combine(outDir, "dossier.json")));
        Assert.Equal("previous md", File.ReadAllText(Path.Combine(outDir, "dossier.md")));
        Assert.Equal(["dossier.json", "dossier.md"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_AllFormatsSucceed_AllWrittenTogether()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        var written = AnalysisRun.Render(SomeDossier.Small(), outDir, [Renderers.Find("json")!, Renderers.Find("md")!]);
        Assert.Equal(2, written.Count);
        Assert.All(written, f => Assert.True(File.Exists(f)));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }

    [Fact]
    public async Task Analyze_UnderAFileSizeLimit_WritesNothingAndLeavesNoTemporaryFile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "ulimit -f in a child shell");
        using var dir = new TempDir();
        var cli = Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll");
        var outDir = dir.File("out");
        // 16 KiB per file: the sample's dossier files are larger, so some write fails part way.
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // the runtime's double-mapped code memory is a file too, under the same limit
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("ulimit -f 16; exec dotnet \"$0\" analyze \"$1\" --no-db --out \"$2\"");
        psi.ArgumentList.Add(cli);
        psi.ArgumentList.Add(Paths.Sample);
        psi.ArgumentList.Add(outDir);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await stdout;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 3, $"exit {process.ExitCode}: {stderr}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        var left = Directory.Exists(outDir) ? Directory.GetFiles(outDir, "*", SearchOption.AllDirectories) : [];
        Assert.Empty(left);
    }
}
