using BenchmarkDotNet.Attributes;
using Triangulate.Benchmarking;
using Triangulate.Cleaning;
using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Time;
using Triangulate.Ingest;
using Triangulate.Rendering;

namespace Triangulate.Bench;

/// <summary>One analysis stage at a time (figures, time and dates, entities, render) on the bench's synthetic corpus, one dossier per
/// generated event as <c>analyze --by-cluster</c> runs them; each stage gets the dossiers as the stages before it left them.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Triangulate.Bench -- --filter *StageBenchmarks*</c>. A case's time divided by
/// <see cref="Articles"/> is its cost per article; docs/performance.md gives the budget per article each stage must reach for
/// <c>bench --size 10k</c> to run 1,000 articles/s on two cores.</remarks>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly IDossierRenderer[] s_render = [Renderers.Find("json")!, Renderers.Find("md")!];
    private readonly FiguresPass _figures = new();
    private readonly TimePass _time = new();
    private readonly EntitiesPass _entities = new();
    private Dossier[] _cleaned = [];
    private Dossier[] _withFigures = [];
    private Dossier[] _withTime = [];
    private Dossier[] _analysed = [];

    /// <summary>Articles generated (about one event, so one dossier, per 40).</summary>
    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "triangulate-stage-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "articles.jsonl");
            new SyntheticCorpus().WriteJsonLines(file, Articles);
            var events = new SyntheticCorpus().Generate(Articles).Select(a => a.Event).ToArray();
            var ids = new DocumentIdAssigner();
            var cleaner = new BoilerplateCleaner();
            var byEvent = new SortedDictionary<int, List<DossierDocument>>();
            var i = 0;
            foreach (var item in new Ingestor().Read([file]))
            {
                if (item.Document is { } source && ids.Assign(cleaner.Clean(source)) is { } clean)
                {
                    var ev = events[i];
                    if (!byEvent.TryGetValue(ev, out var docs))
                    {
                        byEvent[ev] = docs = [];
                    }
                    docs.Add(DossierDocuments.FromCleaned(clean));
                }
                i++;
            }
            _cleaned = [.. byEvent.Values.Select(d => new Dossier { Documents = d })];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        _withFigures = Apply(_figures, _cleaned);
        _withTime = Apply(_time, _withFigures);
        var pipeline = new Pipeline.PipelineBuilder().UseDefaults().Build();
        _analysed = [.. _cleaned.Select(d => pipeline.Run(d))];
    }

    private static Dossier[] Apply(IDossierPass pass, Dossier[] dossiers) => [.. dossiers.Select(d => pass.Apply(d, CancellationToken.None))];

    /// <summary>Figure claims (numbers, measures, qualifiers, attribution).</summary>
    [Benchmark]
    public int Figures() => Apply(_figures, _cleaned).Sum(d => d.Claims.Count);

    /// <summary>Dates and time scopes, on the dossiers with their figures.</summary>
    [Benchmark]
    public int Time() => Apply(_time, _withFigures).Sum(d => d.Dates.Count);

    /// <summary>Entities, places and quotes, on the dossiers with figures and dates.</summary>
    [Benchmark]
    public int Entities() => Apply(_entities, _withTime).Sum(d => d.Entities.Count);

    /// <summary>dossier.json and dossier.md of every analysed dossier (what <c>bench</c> writes), to a stream that only counts bytes.</summary>
    [Benchmark]
    public long Render()
    {
        long bytes = 0;
        foreach (var d in _analysed)
        {
            foreach (var renderer in s_render)
            {
                foreach (var file in renderer.Files)
                {
                    using var output = new CountingStream();
                    renderer.Render(d, file, output, null);
                    bytes += output.Length;
                }
            }
        }
        return bytes;
    }

    /// <summary>The HTML report of every analysed dossier (written by <c>analyze</c> by default, not by <c>bench</c>).</summary>
    [Benchmark]
    public long RenderHtml()
    {
        long bytes = 0;
        var html = Renderers.Find("html")!;
        foreach (var d in _analysed)
        {
            using var output = new CountingStream();
            html.Render(d, "dossier.html", output, null);
            bytes += output.Length;
        }
        return bytes;
    }

    /// <summary>A seekable stream that keeps nothing, as a file stream would take the bytes.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        private long _position;

        public override bool CanRead => false;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _position; set => _position = value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };

        public override void SetLength(long value) => _length = value;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _position += buffer.Length;
            _length = Math.Max(_length, _position);
        }
    }
}
