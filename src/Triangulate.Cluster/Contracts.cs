namespace Triangulate.Cluster;

/// <summary>One article handed to the cluster: what a reader produced, plus the story cluster it belongs to.</summary>
/// <remarks>A plain serializable message (the library's records stay free of Orleans attributes).</remarks>
[GenerateSerializer, Immutable]
public sealed class ArticleMessage
{
    /// <summary>The story cluster (event) the article belongs to; the cluster grain's key.</summary>
    [Id(0)] public string Cluster { get; init; } = "";

    /// <summary>The article's name (file, file#record or URL), unique within its cluster.</summary>
    [Id(1)] public string File { get; init; } = "";

    /// <summary>The decoded article text (title first).</summary>
    [Id(2)] public string Text { get; init; } = "";

    /// <summary>The reader's format name.</summary>
    [Id(3)] public string Format { get; init; } = "txt";

    /// <summary>Headline, when known.</summary>
    [Id(4)] public string? Title { get; init; }

    /// <summary>Outlet, when known.</summary>
    [Id(5)] public string? Outlet { get; init; }

    /// <summary>URL, when known.</summary>
    [Id(6)] public string? Url { get; init; }

    /// <summary>Publication date (ISO 8601), when known.</summary>
    [Id(7)] public string? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from.</summary>
    [Id(8)] public string? PublishedSource { get; init; }

    /// <summary>The store every silo writes to: a SQLite file shared by the silos of one machine, or a postgres:// URI.</summary>
    [Id(9)] public string Db { get; init; } = "";
}

/// <summary>What ingesting one article did.</summary>
[GenerateSerializer, Immutable]
public sealed class ArticleReceipt
{
    /// <summary>The document id (hash of the cleaned text), or null when the article was empty after cleaning or failed.</summary>
    [Id(0)] public string? DocumentId { get; init; }

    /// <summary>True when the store did not have it yet.</summary>
    [Id(1)] public bool Added { get; init; }

    /// <summary>The silo that processed it (shows the spread).</summary>
    [Id(2)] public string Silo { get; init; } = "";

    /// <summary>Why it failed, or null.</summary>
    [Id(3)] public string? Error { get; init; }
}

/// <summary>Per-article work: cleaning, per-document extraction and the store write. Keyed by cluster + file, so a re-sent article lands on the same activation and is a no-op.</summary>
public interface IArticleGrain : IGrainWithStringKey
{
    /// <summary>Cleans and stores the article, then tells its story cluster.</summary>
    Task<ArticleReceipt> IngestAsync(ArticleMessage article);
}

/// <summary>The cross-document pass for one story cluster. Keyed by cluster id.</summary>
public interface IStoryClusterGrain : IGrainWithStringKey
{
    /// <summary>Records that a member (by its file name) was stored; the cluster's dossier is stale until rebuilt.</summary>
    Task MemberAddedAsync(string file);

    /// <summary>Builds (or returns the current) dossier of this cluster from its stored members, as dossier.json text.</summary>
    Task<string> DossierJsonAsync(string db);

    /// <summary>Number of distinct members recorded.</summary>
    Task<int> MemberCountAsync();
}
