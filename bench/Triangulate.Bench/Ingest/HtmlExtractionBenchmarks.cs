using BenchmarkDotNet.Attributes;
using Triangulate.Bench.Peers;
using Triangulate.Ingest;
using Triangulate.Ingest.Html;

namespace Triangulate.Bench;

/// <summary>HTML article extraction (decode + parse + score + render) over the article-extraction benchmark's 181 pages, in memory.</summary>
/// <remarks>Needs ../shared/peer-suites/article-extraction-benchmark beside the repository; with it absent the benchmark runs over no pages.</remarks>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private byte[][] _pages = [];
    private string[] _html = [];

    [GlobalSetup]
    public void Setup()
    {
        var aeb = Path.Combine(IngestCleanBenchmarks.FindRepo(), "..", "shared", "peer-suites", "article-extraction-benchmark");
        var ids = Directory.Exists(Path.Combine(aeb, "html"))
            ? Directory.GetFiles(Path.Combine(aeb, "html"), "*.html.gz").Select(f => Path.GetFileName(f)[..^".html.gz".Length])
            : [];
        _pages = [.. AebPeerRun.LoadPages(aeb, ids).Select(p => p.Bytes)];
        _html = [.. _pages.Select(b => HtmlReader.DecodePage(b, null, out _) ?? string.Empty)];
    }

    /// <summary>Bytes to article text, as the AEB peer run measures it.</summary>
    [Benchmark]
    public int DecodeAndExtract()
    {
        var n = 0;
        foreach (var bytes in _pages)
        {
            n += AebPeerRun.Body(bytes).Length;
        }
        return n;
    }

    /// <summary>Extraction only, from already decoded HTML.</summary>
    [Benchmark]
    public int Extract()
    {
        var n = 0;
        foreach (var html in _html)
        {
            n += HtmlArticleExtractor.Extract(html).Text.Length;
        }
        return n;
    }
}
