using System.Text;
using Triangulate.Cli;
using Triangulate.Tests.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Reliability;

/// <summary>One run over a generated folder of hostile inputs beside good ones: clear errors naming each bad file, the good ones processed, exit code 1.</summary>
/// <remarks>Runs alone: its memory check reads the process's working set, which tests running beside it would raise.</remarks>
[Collection(SerialCollection.Name)]
public sealed class HostileCorpusTests
{
    private const string GoodText = "Flood kills 42\nAt least 42 people were killed in the flood in the valley on Tuesday, officials said.";

    [Fact]
    public void Analyze_HostileFolder_BadFilesNamedGoodFilesProcessed()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var workingSetBefore = Environment.WorkingSet;
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in");
        var expectErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Bad(string name, byte[] bytes, string reasonWord)
        {
            dir.Write(Path.Combine("in", name), bytes);
            expectErrors[name] = reasonWord;
        }
        void Good(string name, byte[] bytes) => dir.Write(Path.Combine("in", name), bytes);

        Bad("empty.txt", [], "empty");
        Bad("blank.txt", Encoding.UTF8.GetBytes("   \n\t  \n"), "whitespace");
        Bad("png.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82], "binary");
        Bad("zip.html", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0], "binary");
        Bad("elf.jsonl", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0], "JSON");
        var gz = IngestFormatTests.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(GoodText + "\n", 300))));
        Bad("truncated.txt.gz", gz[..(gz.Length / 2)], "gzip");
        Bad("bomb.txt.gz", IngestFormatTests.Gzip(new byte[80 * 1024 * 1024]), "limit");
        Bad("script-only.html", Encoding.UTF8.GetBytes("<html><head><script>alert('x')</script></head><body><script>steal()</script><style>p{}</style></body></html>"), "without article text");
        // A 200 MB text file: refused at the one-article size limit, read no further.
        using (var big = File.Create(Path.Combine(input, "huge.txt")))
        {
            var block = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 200; i++)
            {
                big.Write(block);
            }
        }
        expectErrors["huge.txt"] = "limit";

        // Inputs that must be read cleanly.
        Good("utf16-nobom.txt", Encoding.Unicode.GetBytes(GoodText));
        Good("arabic-1256.txt", Encoding.GetEncoding(1256).GetBytes("قتل 42 شخصا في الفيضان، بحسب مسؤولين محليين في الوادي يوم الثلاثاء.\n" + GoodText));
        Good("latin-1252.txt", Encoding.GetEncoding(1252).GetBytes("Crue meurtrière à Besançon: au moins 42 morts, selon la préfecture.\n" + GoodText));
        Good("mixed-utf8.txt", [.. Encoding.UTF8.GetBytes(GoodText), 0xFF, 0xFE, 0x80, .. Encoding.UTF8.GetBytes(" end.")]);
        Good("concatenated.jsonl.gz", [.. IngestFormatTests.Gzip(Encoding.UTF8.GetBytes("""{"text":"First: 10 people died in the storm."}""" + "\n")), .. IngestFormatTests.Gzip(Encoding.UTF8.GetBytes("""{"text":"Second: 20 people died in the storm."}""" + "\n"))]);
        Good("long-line.jsonl", Encoding.UTF8.GetBytes("""{"title":"Long","text":" """ + new string('a', 10 * 1024 * 1024) + """ 42 died."}""" + "\n"));
        var deep = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            deep.Append("<div>");
        }
        Good("deep.html", Encoding.UTF8.GetBytes(deep.Append("<p>" + GoodText + " Rescuers, volunteers and police searched the area.</p>").ToString()));
        Good("unclosed.html", Encoding.UTF8.GetBytes("<html><body><article><p>" + GoodText + " More text, more commas, and more words here.<p>Another paragraph, unclosed"));
        Good("huge-numbers.txt", Encoding.UTF8.GetBytes("Numbers\n10^400 people, " + new string('9', 300) + " people and 1e999 were killed, officials said.\n" + GoodText));
        Good("bidi.txt", Encoding.UTF8.GetBytes("Bidi \u202Etxet desrever\u202C and \u200F marks\n" + GoodText));
        Good("nul.txt", Encoding.UTF8.GetBytes("Nul\n" + GoodText.Replace("42", "4\02", StringComparison.Ordinal)));
        Good("name with spaces ünïcødé.txt", Encoding.UTF8.GetBytes(GoodText));
        if (!OperatingSystem.IsWindows())
        {
            Good("new\nline.txt", Encoding.UTF8.GetBytes(GoodText + " (newline name)"));
            Directory.CreateDirectory(Path.Combine(input, "loop"));
            Directory.CreateSymbolicLink(Path.Combine(input, "loop", "back"), input);
        }
        var jsonl = string.Join('\n', """{"title":"ok","text":"Five people died."}""", "{broken", """{"title":"ok2","text":"Six people died."}""");
        Good("partly-broken.jsonl", Encoding.UTF8.GetBytes(jsonl));
        expectErrors["partly-broken.jsonl:2"] = "invalid JSON";

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(["analyze", input, "--out", dir.File("out"), "--no-db", "--format", "json,md"], CliConsoles.Plain(output, error));
        var err = error.ToString();

        Assert.Equal(1, exit);
        foreach (var (name, word) in expectErrors)
        {
            var line = err.Split('\n').FirstOrDefault(l => l.Contains(name + ":", StringComparison.Ordinal));
            Assert.True(line is not null, $"no error line for {name} in:\n{err}");
            Assert.Contains(word, line, StringComparison.Ordinal);
        }
        var dossier = Triangulate.Model.DossierJson.Deserialize(File.ReadAllText(dir.File("out/dossier.json")));
        var files = dossier.Documents.Select(d => d.File).ToHashSet();
        foreach (var good in new[] { "utf16-nobom.txt", "arabic-1256.txt", "latin-1252.txt", "mixed-utf8.txt", "unclosed.html", "huge-numbers.txt", "bidi.txt", "nul.txt", "name with spaces ünïcødé.txt", "partly-broken.jsonl:1", "partly-broken.jsonl:3", "concatenated.jsonl.gz:1", "concatenated.jsonl.gz:2", "long-line.jsonl:1" })
        {
            Assert.Contains(good, files);
        }
        Assert.Contains(dossier.Documents, d => d.File == "arabic-1256.txt" && d.Text.Contains("الفيضان", StringComparison.Ordinal));
        Assert.Contains(dossier.Documents, d => d.File == "latin-1252.txt" && d.Text.Contains("Besançon", StringComparison.Ordinal));
        Assert.DoesNotContain(dossier.Documents, d => d.Text.Contains('\0'));
        // Memory stays bounded: the 200 MB file and the 80 MB bomb were never held whole. Measured as the growth over this run,
        // since the earlier tests of the same process leave a working set of their own.
        var grown = Environment.WorkingSet - workingSetBefore;
        Assert.True(grown < 2L * 1024 * 1024 * 1024, $"working set grew {grown / 1e6:N0} MB (from {workingSetBefore / 1e6:N0} MB)");
    }
}
