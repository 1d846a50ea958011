using System.Diagnostics;
using System.Text;
using Triangulate.Cleaning;
using Triangulate.Cli;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

/// <summary>Edge defects of reading inputs (issue 16): FIFOs, links out of the input folder, huge and broken JSON arrays, and the identity
/// of the same text from two sources.</summary>
public sealed class InputEdgeTests
{
    private static string Article(int i) =>
        $"Storm report {i}\n\nAt least {10 + i} people were killed when the storm struck the coast of Ardmoor on Tuesday, the regional governor said (report {i}).\n";

    [Fact]
    public async Task Read_FifoInTheInputFolder_SkippedWithAWarningAndTheRunEnds()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "mkfifo");
        using var dir = new TempDir();
        dir.Write("in/a.txt", Article(1));
        using (var mk = Process.Start("mkfifo", [dir.File("in/pipe.txt")]))
        {
            mk.WaitForExit();
            Assert.Equal(0, mk.ExitCode);
        }
        // Reading the FIFO would block for ever: run the read on a worker so a regression fails the test instead of hanging the suite.
        var read = Task.Run(() => new Ingestor().Read([dir.File("in")]).ToList(), TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == read, "the read hung on the FIFO");
        var items = await read;
        Assert.Single(items, i => i.Document is not null);
        var problem = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal("pipe.txt", problem.File);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("not a regular file", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkOutOfTheInputFolder_NotFollowedUnlessAllowed()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TempDir();
        var secret = outside.Write("secret.txt", Article(2));
        using var dir = new TempDir();
        dir.Write("in/a.txt", Article(1));
        File.CreateSymbolicLink(dir.File("in/leak.txt"), secret);
        Directory.CreateSymbolicLink(dir.File("in/elsewhere"), outside.Path);
        File.CreateSymbolicLink(dir.File("in/same.txt"), dir.File("in/a.txt")); // inside the folder: still followed

        var items = new Ingestor().Read([dir.File("in")]).ToList();
        var files = items.Where(i => i.Document is not null).Select(i => i.Document!.File).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["a.txt", "same.txt"], files);
        var warnings = items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList();
        Assert.All(warnings, w => Assert.Equal(ProblemSeverity.Warning, w.Severity));
        Assert.Equal(["elsewhere", "leak.txt"], warnings.Select(w => w.File).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Contains("--follow-links", w.Reason, StringComparison.Ordinal));

        var followed = new Ingestor(new IngestOptions { FollowLinks = true }).Read([dir.File("in")]).Where(i => i.Document is not null).Select(i => i.Document!.File).ToList();
        Assert.Contains("leak.txt", followed);
        Assert.Contains("elsewhere/secret.txt", followed);
    }

    /// <summary>A JSON array generated on the fly, counting the bytes handed out: no file, and the read position is observable.</summary>
    private sealed class GeneratedArrayStream(int elements, Func<int, string> element) : Stream
    {
        private byte[] _pending = "[\n"u8.ToArray();
        private int _offset;
        private int _next;

        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_next > elements)
                {
                    return 0;
                }
                _pending = _next == elements ? "\n]\n"u8.ToArray() : Encoding.UTF8.GetBytes((_next > 0 ? ",\n" : "") + element(_next));
                _offset = 0;
                _next++;
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            Served += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static string JsonElement(int i) =>
        $"{{\"title\": \"Storm report {i}\", \"outlet\": \"Wire {i % 7}\", \"text\": \"{new string('x', 900)} At least {i % 50} people were killed in Ardmoor.\"}}";

    [Fact]
    public void Read_LargeJsonArray_StreamedOneElementAtATime()
    {
        // 50,000 elements of about 1 KB: 50 MB of JSON. The reader may run ahead of the element it yields by its read buffer only.
        const int count = 50_000;
        using var stream = new GeneratedArrayStream(count, JsonElement);
        var reader = new JsonLinesReader();
        var seen = 0;
        var maxAhead = 0L;
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var item in reader.Read("big.json", stream, IngestOptions.Default))
        {
            Assert.NotNull(item.Document);
            seen++;
            var elementEnd = (long)seen * (JsonElement(0).Length + 2);
            maxAhead = Math.Max(maxAhead, stream.Served - elementEnd);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(count, seen);
        // The old reader read the whole array (ReadToEnd) before the first document: 50 MB ahead.
        Assert.True(maxAhead < 256 * 1024, $"read {maxAhead:N0} bytes ahead of the document yielded");
        TestContext.Current.SendDiagnosticMessage($"50 MB JSON array: {allocated / (1024 * 1024):N0} MB allocated in all, at most {maxAhead / 1024:N0} KB read ahead");
    }

    [Fact]
    public void Read_JsonArrayWithAMalformedElement_KeepsTheElementsAroundIt()
    {
        using var dir = new TempDir();
        var json = """
            [
              {"title": "First", "text": "At least 12 people were killed in the first report."},
              {"title": "Broken", "text": "a string" "then another", "x": [1, tru]},
              {"title": "Third", "text": "At least 14 people were killed in the third report, with \"quotes\" and a ] bracket."},
              42,
              {"title": "Fifth", "text": "At least 15 people were killed in the fifth report."}
            ]
            """;
        var items = new Ingestor().Read([dir.Write("mixed.json", json)]).ToList();
        Assert.Equal(["mixed.json#1", "mixed.json#3", "mixed.json#5"], items.Where(i => i.Document is not null).Select(i => i.Document!.File));
        Assert.Equal(["mixed.json#2", "mixed.json#4"], items.Where(i => i.Problem is not null).Select(i => i.Problem!.File));
    }

    [Fact]
    public void Read_TruncatedJsonArray_KeepsTheCompleteElementsAndReportsTheCut()
    {
        using var dir = new TempDir();
        var items = new Ingestor().Read([dir.Write("cut.json", """[{"text": "At least 12 people were killed."}, {"text": "At least 13 pe""")]).ToList();
        Assert.Single(items, i => i.Document is not null);
        Assert.Contains(items, i => i.Problem is { File: "cut.json#2" });
    }

    [Fact]
    public void SameTextFromTwoSources_TwoDocumentsWhetherInOneRunOrTwo()
    {
        using var dir = new TempDir();
        dir.Write("a/wire.txt", Article(3));
        dir.Write("b/copy.txt", Article(3));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var consoles = CliConsoles.Plain(output, error);
        Assert.Equal(0, Program.Run(["ingest", dir.File("a"), dir.File("b"), "--db", dir.File("one.db")], consoles));
        Assert.Equal(0, Program.Run(["ingest", dir.File("a"), "--db", dir.File("two.db")], consoles));
        Assert.Equal(0, Program.Run(["ingest", dir.File("b"), "--db", dir.File("two.db")], consoles));
        Assert.Equal(0, Program.Run(["ingest", dir.File("b"), "--db", dir.File("two.db")], consoles)); // a re-ingest adds nothing
        using var one = new SqliteDossierStore(dir.File("one.db"));
        using var two = new SqliteDossierStore(dir.File("two.db"));
        var ids = one.Documents().Select(d => (d.Id, d.Source.File)).Order().ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids, two.Documents().Select(d => (d.Id, d.Source.File)).Order().ToList());
        // The first source keeps the plain text hash; the copy gets the hash plus a hash of its file, as before.
        Assert.Contains(ids, x => x.File == "wire.txt" && !x.Id.Contains('-', StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
