using Triangulate.Extraction.Entities;
using Triangulate.Ingest;

using Triangulate.Execution;

namespace Triangulate.Pipeline;

/// <summary>Finds the document that makes a whole-dossier pass throw and runs the pass without it, so one document's failure stays that document's.</summary>
/// <remarks>
/// Passes isolate their per-document steps themselves (<see cref="PerDocument"/>); this is the net under the
/// cross-document steps (merging entities, reuse, clustering, reconciliation, the timeline) and under passes added
/// through <see cref="PipelineBuilder"/>. When a pass throws, it is re-run on prefixes of the documents to find, by
/// bisection, the first document whose addition makes it fail; that document is left out of this pass (it keeps what
/// earlier passes gave it), a problem names it, and the pass runs again over the rest. A pass that fails even with no
/// documents is a failure of the pass itself and is reported against all documents, as is a pass that keeps failing
/// after <see cref="MaxIsolated"/> documents were left out.
/// </remarks>
internal static class DocumentIsolation
{
    /// <summary>At most this many documents are left out of one pass before the pass is given up as a whole.</summary>
    public const int MaxIsolated = 8;

    /// <summary>Runs <paramref name="pass"/> after it threw <paramref name="failure"/> on <paramref name="dossier"/>, leaving out the documents that make it fail.</summary>
    public static Dossier Recover(IDossierPass pass, Dossier dossier, Exception failure, CancellationToken cancellationToken)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        var empty = Restrict(dossier, dossier.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        if (TryApply(pass, empty, cancellationToken, out _, out var alone) is false)
        {
            return WholePassFailed(dossier, pass, alone ?? failure);
        }
        while (excluded.Count < MaxIsolated)
        {
            var remaining = dossier.Documents.Where(d => !excluded.Contains(d.Id)).ToList();
            // Invariant: the pass succeeds on the first `ok` remaining documents and fails on the first `bad`.
            int ok = 0, bad = remaining.Count;
            var culpritFailure = failure;
            while (bad - ok > 1)
            {
                var mid = ok + ((bad - ok) / 2);
                var without = new HashSet<string>(excluded, StringComparer.Ordinal);
                without.UnionWith(remaining.Skip(mid).Select(d => d.Id));
                if (TryApply(pass, Restrict(dossier, without), cancellationToken, out _, out var ex))
                {
                    ok = mid;
                }
                else
                {
                    bad = mid;
                    culpritFailure = ex!;
                }
            }
            if (bad == 0)
            {
                return WholePassFailed(dossier, pass, culpritFailure);
            }
            var culprit = remaining[bad - 1];
            excluded.Add(culprit.Id);
            problems.Add(new Problem(culprit.File,
                $"pass '{pass.Name}' failed on this document ({culpritFailure.GetType().Name}: {culpritFailure.Message}); the pass ran without it",
                new ProblemStage(pass.Name), ProblemSeverity.Warning));
            var restricted = Restrict(dossier, excluded);
            if (TryApply(pass, restricted, cancellationToken, out var result, out var again))
            {
                var merged = Merge(dossier, restricted, result!, excluded);
                return merged with { Problems = [.. merged.Problems, .. problems] };
            }
            failure = again!;
        }
        return WholePassFailed(dossier, pass, failure);
    }

    private static Dossier WholePassFailed(Dossier dossier, IDossierPass pass, Exception ex) => dossier with
    {
        Problems = [.. dossier.Problems, new Problem("(all documents)", $"pass '{pass.Name}' failed: {ex.GetType().Name}: {ex.Message}", new ProblemStage(pass.Name))],
    };

    private static bool TryApply(IDossierPass pass, Dossier dossier, CancellationToken cancellationToken, out Dossier? result, out Exception? failure)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            result = pass.Apply(dossier, cancellationToken);
            failure = null;
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            result = null;
            failure = ex;
            return false;
        }
    }

    /// <summary>The dossier without the documents in <paramref name="excluded"/> and everything that refers to them.</summary>
    internal static Dossier Restrict(Dossier dossier, IReadOnlySet<string> excluded)
    {
        bool Kept(string doc) => !excluded.Contains(doc);
        var droppedClaims = new HashSet<string>(dossier.Claims.Where(c => !Kept(c.Doc)).Select(c => c.Id), StringComparer.Ordinal);
        var entities = new List<Entity>(dossier.Entities.Count);
        foreach (var e in dossier.Entities)
        {
            if (e.Mentions.All(m => Kept(m.Doc)))
            {
                entities.Add(e);
            }
            else if (e.Mentions.Where(m => Kept(m.Doc)).ToList() is { Count: > 0 } mentions)
            {
                entities.Add(e with { Mentions = mentions });
            }
        }
        return dossier with
        {
            Documents = [.. dossier.Documents.Where(d => Kept(d.Id))],
            Claims = [.. dossier.Claims.Where(c => Kept(c.Doc))],
            Dates = [.. dossier.Dates.Where(d => Kept(d.Doc))],
            Quotes = [.. dossier.Quotes.Where(q => Kept(q.Doc))],
            Entities = entities,
            Reuse = [.. dossier.Reuse.Where(r => Kept(r.A) && Kept(r.B))],
            OriginGroups = [.. dossier.OriginGroups.Select(o => o with { Docs = [.. o.Docs.Where(Kept)] }).Where(o => o.Docs.Count > 0)],
            Clusters = [.. dossier.Clusters.Select(c => c with { Docs = [.. c.Docs.Where(Kept)] }).Where(c => c.Docs.Count > 0)],
            Series = [.. dossier.Series.Where(s => !s.Points.Any(droppedClaims.Contains))],
            Flags = [.. dossier.Flags.Where(f => f.Docs.All(Kept))],
            Timeline = [.. dossier.Timeline
                .Select(t => t with
                {
                    Docs = [.. t.Docs.Where(Kept)],
                    Claims = [.. t.Claims.Where(c => !droppedClaims.Contains(c))],
                    Sources = t.Sources is null ? null : [.. t.Sources.Where(s => Kept(s.Doc))],
                })
                .Where(t => t.Docs.Count > 0)],
        };
    }

    /// <summary>
    /// Puts the left-out documents back into the pass's result: they keep their own items from before the pass
    /// (claims, dates, quotes); sections the pass rebuilt across documents (entities, reuse, origin groups, clusters, series, flags,
    /// timeline) are the pass's, without them; sections the pass did not touch are the original ones.
    /// </summary>
    internal static Dossier Merge(Dossier original, Dossier restricted, Dossier result, IReadOnlySet<string> excluded)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < original.Documents.Count; i++)
        {
            order.TryAdd(original.Documents[i].Id, i);
        }
        int Rank(string doc) => order.TryGetValue(doc, out var i) ? i : int.MaxValue;
        IReadOnlyList<T> PerDoc<T>(IReadOnlyList<T> before, IReadOnlyList<T> input, IReadOnlyList<T> output, Func<T, string> doc) =>
            ReferenceEquals(input, output) ? before : [.. output.Concat(before.Where(x => excluded.Contains(doc(x)))).OrderBy(x => Rank(doc(x)))];
        IReadOnlyList<T> Shared<T>(IReadOnlyList<T> before, IReadOnlyList<T> input, IReadOnlyList<T> output) =>
            ReferenceEquals(input, output) ? before : output;
        return result with
        {
            Documents = PerDoc(original.Documents, restricted.Documents, result.Documents, d => d.Id),
            Claims = PerDoc(original.Claims, restricted.Claims, result.Claims, c => c.Doc),
            Dates = PerDoc(original.Dates, restricted.Dates, result.Dates, d => d.Doc),
            Quotes = PerDoc(original.Quotes, restricted.Quotes, result.Quotes, q => q.Doc),
            Entities = Shared(original.Entities, restricted.Entities, result.Entities),
            Reuse = Shared(original.Reuse, restricted.Reuse, result.Reuse),
            OriginGroups = Shared(original.OriginGroups, restricted.OriginGroups, result.OriginGroups),
            Clusters = Shared(original.Clusters, restricted.Clusters, result.Clusters),
            Series = Shared(original.Series, restricted.Series, result.Series),
            Flags = Shared(original.Flags, restricted.Flags, result.Flags),
            Timeline = Shared(original.Timeline, restricted.Timeline, result.Timeline),
        };
    }
}
