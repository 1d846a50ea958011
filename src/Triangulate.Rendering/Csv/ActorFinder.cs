namespace Triangulate.Rendering.Csv;

/// <summary>Finds the actor a figure's own sentence names as the one who did it (ACLED <c>actor1</c>): an organisation, group or
/// person mentioned right after "by" ("were killed by security forces", "shot by the Rapid Support Forces") in the sentence that
/// states the figure, after the figure. The most often named such actor across a series' claims wins; none when no sentence names one.</summary>
/// <remarks>Only the claim's sentence is read and only entity mentions the entities pass found count, so an actor is never guessed
/// from a place, a victim group or a source ("said by officials" names who told, not who did: mentions that are the claim's
/// attribution are skipped). Not thread-safe (one per rendering).</remarks>
internal sealed class ActorFinder
{
    private readonly DossierView _view;
    private Dictionary<string, List<(int Start, int End, Entity Entity)>>? _mentions;

    public ActorFinder(DossierView view) => _view = view;

    /// <summary>The canonical name of the actor the claims' sentences name after "by", the most often named first; null when none.</summary>
    public string? Of(IReadOnlyList<FigureClaim> claims)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var c in claims)
        {
            foreach (var e in In(c))
            {
                counts[e.Canonical] = counts.TryGetValue(e.Canonical, out var n) ? (n.Count + 1, n.First) : (1, order++);
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First().Key;
    }

    // The actors one claim's sentence names after "by", after the figure.
    private IEnumerable<Entity> In(FigureClaim c)
    {
        var text = _view.Doc(c.Doc)?.Text;
        if (text is null || _view.Sentence(c) is not { } s || !Mentions().TryGetValue(c.Doc, out var list))
        {
            yield break;
        }
        foreach (var (start, end, entity) in list)
        {
            if (start < c.End || end > s.SentenceEnd)
            {
                continue;
            }
            if (entity.Id == c.AttributedEntity || (c.AttributedTo is { } by && entity.Aliases.Contains(by, StringComparer.OrdinalIgnoreCase)))
            {
                continue; // the source of the figure, not its actor
            }
            if (AfterBy(text, start))
            {
                yield return entity;
            }
        }
    }

    // True when the words just before the mention are "by" or "by the" (case-insensitive).
    internal static bool AfterBy(string text, int start)
    {
        var before = text.AsSpan(0, Math.Clamp(start, 0, text.Length)).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }
        return before.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || before.Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    private Dictionary<string, List<(int Start, int End, Entity Entity)>> Mentions()
    {
        if (_mentions is not null)
        {
            return _mentions;
        }
        _mentions = new Dictionary<string, List<(int, int, Entity)>>(StringComparer.Ordinal);
        foreach (var e in _view.Dossier.Entities)
        {
            if (e.Type is not (EntityType.Organization or EntityType.Group or EntityType.Person))
            {
                continue;
            }
            foreach (var m in e.Mentions)
            {
                if (!_mentions.TryGetValue(m.Doc, out var list))
                {
                    _mentions[m.Doc] = list = [];
                }
                list.Add((m.Start, m.End, e));
            }
        }
        return _mentions;
    }
}
