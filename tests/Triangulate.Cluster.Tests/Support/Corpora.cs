using Orleans;
using Triangulate.Pipeline;
using Triangulate.Benchmarking;
using Triangulate.Cleaning;
using Triangulate.Ingest;

namespace Triangulate.Cluster.Tests.Support;

/// <summary>The corpora the cluster tests send, and the one-machine dossiers they are compared with.</summary>
internal static class Corpora
{
    /// <summary>A generated corpus (several events = story clusters, exact and paraphrased copies across outlets).</summary>
    public static List<ArticleMessage> Generated(int count, string db, int seed = 11) =>
        new SyntheticCorpus(seed).Generate(count)
            .Select((a, i) => new ArticleMessage
            {
                Cluster = $"event-{a.Event:D3}",
                File = $"{i:D5}.txt",
                Text = a.Title + "\n\n" + a.Text,
                Title = a.Title,
                Outlet = a.Outlet,
                Url = a.Url,
                Published = a.Published,
                PublishedSource = "generated",
                Db = db,
            })
            .ToList();

    /// <summary>The sample event read from its folder, as one story cluster named <c>sample</c>.</summary>
    public static List<ArticleMessage> Sample(string db) =>
        new Ingestor().Read([Paths.Sample])
            .Where(i => i.Document is not null)
            .Select(i => i.Document!)
            .Select(d => new ArticleMessage
            {
                Cluster = "sample", File = Path.GetFileName(d.File), Text = d.Text, Format = d.Format, Title = d.Title, Outlet = d.Outlet, Url = d.Url,
                Published = d.Published, PublishedSource = d.PublishedSource, Db = db,
            })
            .ToList();

    /// <summary>The source document an article grain builds from a message (same name, same fields).</summary>
    public static SourceDocument Source(ArticleMessage a) =>
        new($"{a.Cluster}/{a.File}", a.Text, a.Format)
        {
            Title = a.Title, Outlet = a.Outlet, Url = a.Url, Published = a.Published, PublishedSource = a.PublishedSource,
            ByteLength = System.Text.Encoding.UTF8.GetByteCount(a.Text),
        };

    /// <summary>One machine, no store: each cluster's articles cleaned in file order (as <c>triangulate analyze cluster/</c>).</summary>
    public static Dictionary<string, List<CleanDocument>> CleanByCluster(IEnumerable<ArticleMessage> articles)
    {
        var cleaner = new BoilerplateCleaner();
        var result = new Dictionary<string, List<CleanDocument>>(StringComparer.Ordinal);
        foreach (var group in articles.GroupBy(a => a.Cluster, StringComparer.Ordinal))
        {
            var ids = new DocumentIdAssigner();
            result[group.Key] = group.OrderBy(a => a.File, StringComparer.Ordinal)
                .Select(a => ids.Assign(cleaner.Clean(Source(a))))
                .OfType<CleanDocument>()
                .ToList();
        }
        return result;
    }

    /// <summary>The dossier JSON of <paramref name="documents"/> with the default pipeline.</summary>
    public static string DossierJson(IReadOnlyList<CleanDocument> documents) =>
        Triangulate.Model.DossierJson.Serialize(new PipelineBuilder().UseDefaults().Build().Run(documents));

    /// <summary>Sends every article with bounded concurrency (each call is one store transaction; thousands at once only queue on the store).</summary>
    public static async Task<ArticleReceipt[]> SendAsync(IGrainFactory grains, IReadOnlyList<ArticleMessage> articles, int inFlight, CancellationToken ct)
    {
        var receipts = new ArticleReceipt[articles.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, articles.Count), new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = ct },
            async (i, _) => receipts[i] = await grains.GetGrain<IArticleGrain>($"{articles[i].Cluster}/{articles[i].File}").IngestAsync(articles[i]));
        return receipts;
    }
}
