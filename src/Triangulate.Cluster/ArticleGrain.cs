using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Cluster;

/// <summary>Cleans one article and writes it to the shared store; then notifies its story cluster grain.</summary>
/// <remarks>Stateless apart from the store: any silo can run it; the store's idempotent add makes retries safe.
/// The extraction passes run in the cluster grain today, because the library exposes them as whole-dossier passes;
/// per-document extractors move here as they become available (see docs/scale.md).</remarks>
public sealed class ArticleGrain(IGrainFactory grains, ILocalSiloDetails silo) : Grain, IArticleGrain
{
    private static readonly BoilerplateCleaner s_cleaner = new();

    // The store calls block (ADO.NET is synchronous here). Grains run on the thread pool: dozens of blocked calls starve it, and the silo's own
    // timers (membership heartbeats) then fire late enough for the silo to be declared dead. At most this many store calls run per silo;
    // the others wait asynchronously, holding no thread.
    private static readonly SemaphoreSlim s_storeGate = new(Math.Max(2, Environment.ProcessorCount));

    /// <inheritdoc/>
    public async Task<ArticleReceipt> IngestAsync(ArticleMessage article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = new SourceDocument($"{article.Cluster}/{article.File}", article.Text, article.Format)
        {
            Title = article.Title,
            Outlet = article.Outlet,
            Url = article.Url,
            Published = article.Published,
            PublishedSource = article.PublishedSource,
            ByteLength = System.Text.Encoding.UTF8.GetByteCount(article.Text),
        };
        CleanDocument? clean;
        try
        {
            clean = new DocumentIdAssigner().Assign(s_cleaner.Clean(source));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ArticleReceipt { Silo = silo.SiloAddress.ToString(), Error = $"cleaning failed: {ex.Message}" };
        }
        if (clean is null)
        {
            return new ArticleReceipt { Silo = silo.SiloAddress.ToString(), Error = "empty after cleaning" };
        }
        (CleanDocument Stored, bool Added, string? Error) result;
        await s_storeGate.WaitAsync();
        try
        {
            result = await Task.Run(() => Store(article.Db, source.File, clean));
        }
        finally
        {
            s_storeGate.Release();
        }
        var (stored, added, error) = result;
        if (error is not null)
        {
            return new ArticleReceipt { Silo = silo.SiloAddress.ToString(), Error = error };
        }
        clean = stored;
        await grains.GetGrain<IStoryClusterGrain>(article.Cluster).MemberAddedAsync(clean.Source.File);
        return new ArticleReceipt { DocumentId = clean.Id, Added = added, Silo = silo.SiloAddress.ToString() };
    }

    private static (CleanDocument Stored, bool Added, string? Error) Store(string db, string file, CleanDocument clean)
    {
        try
        {
            using var store = DossierStores.Open(db);
            var added = store.Add([clean]).Added == 1;
            if (!added && !store.Documents(file).Any(d => d.Source.File == file && d.Id.StartsWith(clean.Id, StringComparison.Ordinal)))
            {
                // The same text is stored under another file (a syndicated copy): store this one too, under the copy id the one-machine
                // run gives it. Which copy arrived first does not matter: the cluster grain re-derives ids in file order.
                clean = CopyIds.AsCopy(clean);
                added = store.Add([clean]).Added == 1;
            }
            return (clean, added, null);
        }
        catch (Exception ex) when (ex is StoreBusyException or InvalidDataException or System.Data.Common.DbException or IOException or ArgumentException)
        {
            // Store exceptions do not cross silos: the caller gets the reason and may re-send (the add is idempotent).
            return (clean, false, $"store: {ex.Message}");
        }
    }
}
