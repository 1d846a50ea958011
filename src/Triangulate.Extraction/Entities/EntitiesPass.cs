using Triangulate.Execution;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Quotes;

namespace Triangulate.Extraction.Entities;

/// <summary>
/// Fills <c>entities</c> and <c>quotes</c>: finds mentions per document, merges them across the story, geocodes places,
/// extracts quotes with speakers, and links claims' <see cref="FigureClaim.AttributedTo"/> and place scopes to entities.
/// </summary>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed class EntitiesPass : IDossierPass, ISectionProvider
{
    private readonly MentionFinder _finder;
    private readonly EntityResolver _resolver;

    /// <summary>Creates the pass over <paramref name="gazetteer"/> (default: the embedded one, loaded on first use).</summary>
    public EntitiesPass(Gazetteer? gazetteer = null)
    {
        _finder = new MentionFinder(gazetteer);
        _resolver = new EntityResolver(gazetteer);
    }

    /// <inheritdoc/>
    public string Name => "entities";

    /// <inheritdoc/>
    public IReadOnlyList<string> Sections { get; } = ["entities", "quotes"];

    /// <inheritdoc/>
    public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        // The finder's cues ("said", "Mr", "the ministry of") and the quote rules are English: a document in another language is
        // kept, marked and noted once (see DocumentLanguages), and yields no mentions and no quotes.
        dossier = Languages.DocumentLanguages.Mark(dossier, cancellationToken);
        // Mentions per document, in parallel (a document whose finder throws becomes a warning), kept in document order.
        var (found, problems) = PerDocument.Map<IReadOnlyList<FoundMention>>(dossier.Documents, Name,
            (doc, _) => Languages.DocumentLanguages.ReadsAsEnglish(doc) ? FindMentions(doc) : [], [], cancellationToken);
        var mentions = new List<FoundMention>(found.Sum(f => f.Count));
        foreach (var f in found)
        {
            mentions.AddRange(f);
        }
        var (entities, mentionEntity) = _resolver.Resolve(mentions);
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var roles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var r = new List<string>(e.Roles ?? []) { e.Canonical };
            foreach (var alias in e.Aliases)
            {
                if (!alias.Equals(e.Canonical, StringComparison.Ordinal) && alias.Length > e.Canonical.Length)
                {
                    r.Add(alias); // "President Sharaa" carries the title
                }
            }
            roles[e.Id] = r;
        }
        // Mentions grouped by document once, so per-document work never scans the whole story's mentions.
        var byDoc = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!byDoc.TryGetValue(mentions[i].Doc, out var list))
            {
                byDoc[mentions[i].Doc] = list = [];
            }
            list.Add(i);
        }
        // Quotes per document, under the same per-document isolation as the mentions.
        var (quoted, quoteProblems) = PerDocument.Map<IReadOnlyList<Quote>>(dossier.Documents, "quotes", (doc, _) =>
        {
            if (!Languages.DocumentLanguages.ReadsAsEnglish(doc))
            {
                return [];
            }
            var speakers = new List<QuoteExtractor.SpeakerMention>();
            foreach (var i in byDoc.GetValueOrDefault(doc.Id) ?? [])
            {
                if (mentionEntity[i] is { } id)
                {
                    speakers.Add(new QuoteExtractor.SpeakerMention(mentions[i].Start, mentions[i].End, id, byId[id].Type.Code()));
                }
            }
            speakers.Sort((x, y) => x.Start.CompareTo(y.Start));
            return QuoteExtractor.Extract(doc.Id, doc.Text, speakers, roles);
        }, [], cancellationToken);
        var quotes = new List<Quote>(quoted.Sum(q => q.Count));
        foreach (var q in quoted)
        {
            quotes.AddRange(q);
        }
        var claims = LinkClaims(dossier.Claims, entities, byId, byDoc, mentionEntity);
        return dossier with
        {
            Entities = entities,
            Quotes = quotes,
            Claims = claims,
            Problems = problems.Count + quoteProblems.Count == 0 ? dossier.Problems : [.. dossier.Problems, .. problems, .. quoteProblems],
        };
    }

    /// <summary>Finds the mentions of a document as if its direction controls and zero-width characters were not there (so
    /// "Jo\u200Bhn" is the name "John" and an override does not end a name); offsets stay those of the document's text.</summary>
    private IReadOnlyList<FoundMention> FindMentions(DossierDocument doc)
    {
        if (doc.Text is null || !Unicode.HasHiddenControl(doc.Text))
        {
            return _finder.Find(doc);
        }
        var (clean, map) = Unicode.Strip(doc.Text);
        var found = _finder.Find(doc with { Text = clean });
        var result = new List<FoundMention>(found.Count);
        foreach (var m in found)
        {
            result.Add(m with { Start = map[m.Start], End = m.End > m.Start ? map[m.End - 1] + 1 : map[m.Start] });
        }
        return result;
    }

    private static IReadOnlyList<FigureClaim> LinkClaims(IReadOnlyList<FigureClaim> claims, IReadOnlyList<Entity> entities,
        Dictionary<string, Entity> byId, Dictionary<string, List<int>> byDoc, IReadOnlyList<string?> mentionEntity)
    {
        if (claims.Count == 0)
        {
            return claims;
        }
        var aliasIndex = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            foreach (var a in e.Aliases)
            {
                aliasIndex.TryAdd(EntityResolver.KeyOf(a, e.Type.Code()), e.Id);
            }
        }
        // The entities named in each document: a claim's words are matched against these, not against the whole story.
        var docEntities = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var (doc, indices) in byDoc)
        {
            docEntities[doc] = [.. indices.Select(i => mentionEntity[i]).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => byId[id])];
        }
        var result = new List<FigureClaim>(claims.Count);
        foreach (var c in claims)
        {
            var claim = c;
            var named = docEntities.GetValueOrDefault(c.Doc) ?? [];
            if (c.AttributedTo is { } who && c.AttributedEntity is null)
            {
                var id = FindEntity(who, aliasIndex, byId, named, placesOnly: false);
                if (id is not null)
                {
                    claim = claim with { AttributedEntity = id };
                }
            }
            if (c.PlaceScope is { Entity: null } scope)
            {
                var id = FindEntity(scope.Text, aliasIndex, byId, named, placesOnly: true);
                if (id is not null)
                {
                    claim = claim with { PlaceScope = scope with { Entity = id } };
                }
            }
            result.Add(claim);
        }
        return result;
    }

    private static string? FindEntity(string words, Dictionary<string, string> aliasIndex, Dictionary<string, Entity> byId,
        List<Entity> entities, bool placesOnly)
    {
        // whole words naming a known entity ("SOHR", "the Syrian Observatory")
        var trimmed = words.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }
        // "Syrian Observatory for Human Rights (SOHR)": the name without its bracketed acronym.
        if (trimmed.EndsWith(')') && trimmed.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            trimmed = trimmed[..open];
        }
        foreach (var type in (ReadOnlySpan<string>)["organization", "person", "place", "group"])
        {
            if (aliasIndex.TryGetValue(EntityResolver.KeyOf(trimmed, type), out var id) && (!placesOnly || byId[id].Type == EntityType.Place))
            {
                return id;
            }
        }
        // otherwise the first entity named inside the words, found by alias text
        string? best = null;
        var bestAt = int.MaxValue;
        var bestLength = 0;
        foreach (var e in entities)
        {
            if (placesOnly ? e.Type != EntityType.Place : e.Type is EntityType.Place or EntityType.Group)
            {
                continue;
            }
            foreach (var a in e.Aliases)
            {
                var at = words.IndexOf(a, StringComparison.Ordinal);
                // The earliest name wins; at the same place the longest ("Syrian Observatory for Human Rights" over "Syrian").
                if (at >= 0 && (at < bestAt || (at == bestAt && a.Length > bestLength)) && (at == 0 || !char.IsLetter(words[at - 1])) && (at + a.Length == words.Length || !char.IsLetter(words[at + a.Length])))
                {
                    best = e.Id;
                    bestAt = at;
                    bestLength = a.Length;
                }
            }
        }
        return best;
    }
}
