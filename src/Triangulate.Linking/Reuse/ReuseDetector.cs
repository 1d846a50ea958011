using System.Buffers;
using System.Globalization;
using Triangulate.Execution;

namespace Triangulate.Linking.Reuse;

/// <summary>Thresholds of <see cref="ReuseDetector"/>. The defaults are calibrated on the development corpus (see docs/reconciliation.md).</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed record ReuseOptions
{
    /// <summary>Words per shingle for copy detection.</summary>
    public int ShingleSize { get; init; } = 4;

    /// <summary>Estimated shingle Jaccard at or above which two documents are duplicates.</summary>
    public double DuplicateJaccard { get; init; } = 0.85;

    /// <summary>Sentence similarity at or above which two sentences are aligned. Two machine translations of one wire story (each
    /// translator picks other words for the same facts, figures and names) align at about 0.45–0.55; see docs/reconciliation.md.</summary>
    public double SentenceThreshold { get; init; } = 0.45;

    /// <summary>Mean similarity of aligned sentences at or above which reuse is a copy rather than a paraphrase.</summary>
    public double CopyMeanSimilarity { get; init; } = 0.85;

    /// <summary>Fewest aligned sentences for a copy or paraphrase link.</summary>
    public int MinAlignedSentences { get; init; } = 3;

    /// <summary>Least share of text that aligned sentences must cover: of either document for a copy, of both for a paraphrase.</summary>
    public double MinCoverage { get; init; } = 0.3;

    /// <summary>Sentence similarity for a block repeated inside one document.</summary>
    public double SelfRepeatSimilarity { get; init; } = 0.85;

    /// <summary>Fewest words of a sentence repeated inside one document to count as a self-repeat.</summary>
    public int SelfRepeatMinWords { get; init; } = 7;

    /// <summary>Fewest words of a line repeated word for word, standing alone both times (a headline or subhead printed again
    /// inside the body), to count as a self-repeat.</summary>
    public int SelfRepeatLineMinWords { get; init; } = 5;

    /// <summary>Also compare sentences of two documents by word order (<see cref="PassageAligner.WordOrderRatio"/>), so copies
    /// whose content words were swapped for synonyms still align. Off by default: on the 10k bench it made the reuse stage
    /// about 4.5 times as costly (12 → 55 busy seconds) and it changed no pair on the test bed; turn it on for piles known to
    /// hold machine-spun copies.</summary>
    public bool CompareWordOrder { get; init; }

    /// <summary>Least share of both texts a paraphrase must cover when every aligned sentence comes in the same order in both.</summary>
    public double MinCoverageInOrder { get; init; } = 0.25;

    /// <summary>Fewest sentences shared word for word, outside quotation marks, that make a partial copy whatever the coverage.</summary>
    public int VerbatimMinSentences { get; init; } = 2;

    /// <summary>Fewest words of each such sentence.</summary>
    public int VerbatimMinWords { get; init; } = 12;
}

/// <summary>Finds text reuse between documents (duplicates, copies, paraphrases, shared stated origins) and blocks repeated inside one document.</summary>
/// <remarks>
/// Candidates come from banded LSH over two MinHash signatures per document — word shingles (copies) and content-word
/// sets (paraphrases keep the content words and swap the rest) — never from all pairs. Each candidate pair is then
/// aligned sentence by sentence (<see cref="PassageAligner"/>) and kept only when enough of the shorter document aligns.
/// Direction (A earlier, B later) comes from publication dates, else stated provenance; otherwise the link is undirected.
/// Bad input (empty text) yields no links, never an exception.
/// </remarks>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class ReuseDetector
{
    private const int SignatureLength = 64;
    // 16 bands × 4 rows: a pair with shingle Jaccard 0.5 becomes a candidate with probability ≈ 0.65, 0.7 with ≈ 0.99.
    private const int ShingleBands = 16;
    private const int ShingleRows = 4;
    // 32 bands × 2 rows over content words: a loose paraphrase shares few words (Jaccard ≈ 0.2 → ≈ 0.73),
    // unrelated texts (≈ 0.03) → ≈ 0.03. Loose on purpose: alignment, not the index, decides.
    private const int ContentBands = 32;
    private const int ContentRows = 2;
    // Least estimated content-word Jaccard for a content candidate to be aligned (the corpus's loosest paraphrase: ≈ 0.23).
    private const double MinContentJaccard = 0.12;
    // Piles up to this size are screened pair by pair on the content signatures as well as through the index.
    private const int ExactScreenLimit = 512;
    // In an origin stated by many documents, how many of those before it each document is paired with (besides the first).
    internal const int OriginChain = 4;
    // Least ratio of the shorter to the longer sentence's word count for two similar sentences inside one document to count as a
    // repeat (unless the shorter is an unbroken run of the longer): a block printed twice keeps its length, while a sentence and
    // a shorter summary of its facts (a bullet point, a quotation retold in the narration) are two statements, not a repeat.
    private const double SelfRepeatMinLengthRatio = 0.75;

    private readonly ReuseOptions _options;

    /// <summary>Creates a detector.</summary>
    public ReuseDetector(ReuseOptions? options = null) => _options = options ?? new ReuseOptions();

    /// <summary>Profiles one document (sentences, signatures). Stateless and thread-safe; call per document when streaming.</summary>
    public ReuseProfile Profile(DossierDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text ?? string.Empty;
        var words = TextFeatures.Tokens(text);
        var sentences = TextFeatures.Sentences(text, words);
        var k = _options.ShingleSize;
        // Shingle hashes in a pooled buffer: a repeated shingle cannot change a minimum, so no set is needed.
        var shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words.Count));
        var count = 0;
        for (var i = 0; i + k <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (var j = 0; j < k; j++)
            {
                h = TextFeatures.Mix(h ^ words[i + j].Hash);
            }
            shingles[count++] = h;
        }
        var shingleSignature = MinHash.Signature(shingles.AsSpan(0, count), SignatureLength);
        ArrayPool<ulong>.Shared.Return(shingles);
        var content = new HashSet<ulong>(words.Count / 2);
        foreach (var s in sentences)
        {
            foreach (var c in s.Content)
            {
                content.Add(c);
            }
        }
        ulong[] distinct = [.. content];
        var hashes = new ulong[words.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = words[i].Hash;
        }
        return new ReuseProfile(document, sentences, shingleSignature, MinHash.Signature(distinct, SignatureLength, 64), distinct, hashes)
        {
            Origin = StatedOrigin(document),
            Day = Day(document),
        };
    }

    /// <summary>Finds every reuse link among <paramref name="documents"/>, including self-repeats.</summary>
    /// <returns>Links ordered by A, then B; self-repeats first for each document.</returns>
    public IReadOnlyList<ReuseLink> Detect(IReadOnlyList<DossierDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var profiles = new ReuseProfile[documents.Count];
        Parallel.For(0, documents.Count, Parallelism.Options(cancellationToken), i => profiles[i] = Profile(documents[i]));
        return Detect(profiles, cancellationToken);
    }

    /// <summary>Finds every reuse link among profiled documents (see <see cref="Profile"/>).</summary>
    public IReadOnlyList<ReuseLink> Detect(IReadOnlyList<ReuseProfile> profiles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        // Self-repeats are per document: found in parallel, listed in document order.
        var selfRepeats = new ReuseLink?[profiles.Count];
        Parallel.For(0, profiles.Count, Parallelism.Options(cancellationToken), i => selfRepeats[i] = SelfRepeats(profiles[i]).FirstOrDefault());
        var links = new List<ReuseLink>();
        foreach (var link in selfRepeats)
        {
            if (link is not null)
            {
                links.Add(link);
            }
        }
        var weights = InverseDocumentFrequency(profiles, out var frequent);
        var contentSignatures = new uint[profiles.Count][];
        Parallel.For(0, profiles.Count, Parallelism.Options(cancellationToken), i =>
            contentSignatures[i] = frequent.Count == 0 ? profiles[i].ContentSignature : ContentSignature(profiles[i].Content, frequent));
        var candidates = CandidatePairs(profiles, contentSignatures);
        var ordered = candidates.ToList();
        ordered.Sort();
        // Pairs sorted by their first document: each run of one first document shares that document's sentence index.
        var runs = new List<int>();
        for (var n = 0; n < ordered.Count; n++)
        {
            if (n == 0 || ordered[n].Item1 != ordered[n - 1].Item1)
            {
                runs.Add(n);
            }
        }
        runs.Add(ordered.Count);
        var sentenceWeights = new double[]?[profiles.Count];
        var found = new ReuseLink?[ordered.Count];
        Parallel.For(0, runs.Count - 1, Parallelism.Options(cancellationToken), r =>
        {
            var first = profiles[ordered[runs[r]].Item1];
            var index = new SentenceIndex(first.Sentences, weights, _options.CompareWordOrder ? first.Words : null);
            for (var n = runs[r]; n < runs[r + 1]; n++)
            {
                var second = ordered[n].Item2;
                var bWeights = Volatile.Read(ref sentenceWeights[second]);
                if (bWeights is null)
                {
                    bWeights = PassageAligner.SentenceWeights(profiles[second].Sentences, weights);
                    Volatile.Write(ref sentenceWeights[second], bWeights);
                }
                found[n] = Compare(first, profiles[second], index, bWeights);
            }
        });
        foreach (var link in found)
        {
            if (link is not null)
            {
                links.Add(link);
            }
        }
        return links;
    }

    /// <summary>Inverse document frequency ln(1 + N / df) of every content word, so words that every article of a story uses weigh little in alignment.</summary>
    internal static Dictionary<ulong, double> InverseDocumentFrequency(IReadOnlyList<ReuseProfile> profiles) => InverseDocumentFrequency(profiles, out _);

    /// <summary>As above; also returns the words so frequent in a large collection that they act as stopwords (in more than
    /// max(64, N/50) documents), which are left out of the content signatures so they cannot make candidates.</summary>
    internal static Dictionary<ulong, double> InverseDocumentFrequency(IReadOnlyList<ReuseProfile> profiles, out HashSet<ulong> frequent)
    {
        var df = new Dictionary<ulong, int>();
        foreach (var p in profiles)
        {
            foreach (var h in p.Content)
            {
                df[h] = df.GetValueOrDefault(h) + 1;
            }
        }
        var n = (double)profiles.Count;
        var weights = new Dictionary<ulong, double>(df.Count);
        var limit = Math.Max(64, profiles.Count / 50);
        frequent = [];
        foreach (var (h, count) in df)
        {
            weights[h] = Math.Log(1 + n / count);
            if (count > limit)
            {
                frequent.Add(h);
            }
        }
        return weights;
    }

    /// <summary>Candidate pairs (indices i &lt; j) from LSH over both signatures, plus documents stating the same origin.</summary>
    internal static HashSet<(int, int)> CandidatePairs(IReadOnlyList<ReuseProfile> profiles) =>
        CandidatePairs(profiles, [.. profiles.Select(p => p.ContentSignature)]);

    private static uint[] ContentSignature(ulong[] content, HashSet<ulong> frequent)
    {
        var kept = new List<ulong>(content.Length);
        foreach (var h in content)
        {
            if (!frequent.Contains(h))
            {
                kept.Add(h);
            }
        }
        return MinHash.Signature(kept, SignatureLength, 64);
    }

    /// <summary>Candidate pairs from the shingle index and from content signatures (given per profile).</summary>
    internal static HashSet<(int, int)> CandidatePairs(IReadOnlyList<ReuseProfile> profiles, uint[][] contentSignatures)
    {
        var shingleIndex = new LshIndex(ShingleBands, ShingleRows);
        var contentIndex = new LshIndex(ContentBands, ContentRows);
        var byOrigin = new List<(ulong Key, int Doc)>();
        for (var i = 0; i < profiles.Count; i++)
        {
            shingleIndex.Add(i, profiles[i].ShingleSignature);
            contentIndex.Add(i, contentSignatures[i]);
            if (profiles[i].Origin is { } origin)
            {
                byOrigin.Add((TextFeatures.Hash(origin), i));
            }
        }
        var pairs = shingleIndex.Candidates();
        // Two shared minima out of 64 happen by chance between texts of one topic; a paraphrase shares many more.
        foreach (var (a, b) in contentIndex.Candidates())
        {
            if (MinHash.Estimate(contentSignatures[a], contentSignatures[b]) >= MinContentJaccard)
            {
                pairs.Add((a, b));
            }
        }
        if (profiles.Count <= ExactScreenLimit)
        {
            // A small pile is screened pair by pair on the signatures (64 comparisons a pair), so no pair is lost to
            // the banding's luck; large piles rely on the index alone.
            for (var a = 0; a < profiles.Count; a++)
            {
                for (var b = a + 1; b < profiles.Count; b++)
                {
                    if (MinHash.Estimate(contentSignatures[a], contentSignatures[b]) >= MinContentJaccard)
                    {
                        pairs.Add((a, b));
                    }
                }
            }
        }
        byOrigin.Sort();
        for (int start = 0, end; start < byOrigin.Count; start = end)
        {
            for (end = start + 1; end < byOrigin.Count && byOrigin[end].Key == byOrigin[start].Key; end++)
            {
            }
            OriginPairs(byOrigin, start, end, pairs);
        }
        return pairs;
    }

    /// <summary>Documents that state the same origin, in pile order: every pair of them when they are few; when there are more than
    /// <see cref="LshIndex.MaxBucket"/> + 1, each one with the origin's first document and the <see cref="OriginChain"/> before it.</summary>
    /// <remarks>All pairs of a large origin grow with its square (an agency credit on 250 articles of one pile: 16,000 pairs, each
    /// aligned and most kept as links) and tell the reader nothing more: what counts is that the articles are one source, and
    /// a link to the first document and a short chain join them into one origin group as surely, while each still names a
    /// document it shares text with. An origin of a few documents (every test-bed event) keeps every pair.</remarks>
    private static void OriginPairs(List<(ulong Key, int Doc)> byOrigin, int start, int end, HashSet<(int, int)> pairs)
    {
        var all = end - start <= LshIndex.MaxBucket + 1;
        for (var b = start + 1; b < end; b++)
        {
            var from = all ? start : Math.Max(start, b - OriginChain);
            if (!all)
            {
                pairs.Add((byOrigin[start].Doc, byOrigin[b].Doc));
            }
            for (var a = from; a < b; a++)
            {
                pairs.Add((byOrigin[a].Doc, byOrigin[b].Doc));
            }
        }
    }

    // Compares two profiled documents, given the first one's sentence index and the second one's sentence weights
    // under the same word weights; returns a link or null when they share too little.
    private ReuseLink? Compare(ReuseProfile first, ReuseProfile second, SentenceIndex firstIndex, double[]? secondWeights)
    {
        var alignment = firstIndex.Align(second.Sentences, secondWeights, _options.SentenceThreshold, same: false, _options.CompareWordOrder ? second.Words : null);
        var jaccard = MinHash.Estimate(first.ShingleSignature, second.ShingleSignature);
        var coverage = Math.Max(alignment.CoverageA, alignment.CoverageB);
        var both = Math.Min(alignment.CoverageA, alignment.CoverageB);
        var aligned = alignment.Pairs.Count;
        ReuseKind? kind = null;
        if (jaccard >= _options.DuplicateJaccard)
        {
            kind = ReuseKind.Duplicate;
        }
        else if (aligned >= _options.MinAlignedSentences && coverage >= _options.MinCoverage
            && (alignment.MeanSimilarity >= _options.CopyMeanSimilarity || alignment.Verbatim * 2 >= aligned)
            && SpansParagraphs(first, second, alignment, verbatimOnly: false, 0))
        {
            // A copy keeps the words, so it may be an excerpt: enough of one document suffices.
            kind = ReuseKind.Copy;
        }
        else if (NarrativeVerbatim(first, second, alignment, _options.VerbatimMinWords) >= _options.VerbatimMinSentences
            && SpansParagraphs(first, second, alignment, verbatimOnly: true, _options.VerbatimMinWords))
        {
            // Two long sentences of the reporter's own prose, word for word and outside quotation marks: a partial copy
            // (a lead and a paragraph or two taken under another headline), however little of either text it covers.
            kind = ReuseKind.Copy;
        }
        else if (aligned >= _options.MinAlignedSentences && (InOrderAll(alignment) ? both >= _options.MinCoverageInOrder
            : both >= _options.MinCoverage && (NarrativeVerbatim(first, second, alignment, _options.VerbatimMinWords) >= 1
                || 2 * RelayedStatements(first, second, alignment) <= aligned)))
        {
            // A paraphrase keeps only the content, so two reports of one event can look alike sentence by sentence;
            // it must cover enough of BOTH texts (a retelling, not a few shared facts) — a little less when it follows the same
            // order (a rewrite keeps its story's order). Out of order, the shared sentences must not be mostly statements relayed
            // from a named source, unless one long sentence of narration is kept word for word: two reporters relaying one
            // agency report share its speakers' statements in their own words and their own order, while a rewrite shares the
            // narration, and an update or re-edit moves paragraphs but keeps its source's words.
            kind = ReuseKind.Paraphrase;
        }
        var originA = first.Origin;
        var originB = second.Origin;
        var sameOrigin = originA is not null && originA == originB;
        if (kind is null && sameOrigin && aligned >= 1)
        {
            kind = ReuseKind.SharedOrigin;
        }
        // Two articles whose every shared sentence is a quotation (one statement, one official) did not copy each other, however
        // much of the statement both print: they heard the same source. They are linked as such, a kind apart that does not make
        // them one origin.
        if (kind is not ReuseKind.Duplicate && OnlyQuotes(first, second, alignment))
        {
            kind = ReuseKind.SameSourceQuoted;
        }
        if (kind is null)
        {
            return null;
        }
        var (a, b, directed, why) = Direction(first, second);
        var flip = !ReferenceEquals(a, first);
        var passages = new List<ReusePassage>(alignment.Pairs.Count);
        foreach (var p in alignment.Pairs)
        {
            var sa = first.Sentences[p.A];
            var sb = second.Sentences[p.B];
            passages.Add(flip
                ? new ReusePassage(sb.Start, sb.End, sa.Start, sa.End, Math.Round(p.Similarity, 3))
                : new ReusePassage(sa.Start, sa.End, sb.Start, sb.End, Math.Round(p.Similarity, 3)));
        }
        passages.Sort((x, y) => x.BStart.CompareTo(y.BStart));
        var score = kind == ReuseKind.Duplicate ? jaccard : Math.Round(coverage * alignment.MeanSimilarity, 3);
        var evidence = string.Create(CultureInfo.InvariantCulture,
            $"{aligned} aligned sentences ({alignment.Verbatim} verbatim, {alignment.InOrder} in the same order), mean similarity {alignment.MeanSimilarity:0.00}, covering {Math.Min(alignment.CoverageA, alignment.CoverageB):P0} and {coverage:P0} of the two texts; word-shingle Jaccard ≈ {jaccard:0.00}.");
        if (sameOrigin)
        {
            evidence += $" Both state the origin \"{originA}\".";
        }
        if (kind == ReuseKind.SameSourceQuoted)
        {
            evidence += " Every shared sentence is inside quotation marks in both texts: they quote one source, neither copies the other.";
        }
        if (why is not null)
        {
            evidence += " " + why;
        }
        return new ReuseLink(a.Document.Id, b.Document.Id, kind.Value, Math.Round(score, 3), passages) { Directed = directed, Evidence = evidence };
    }

    // At least one aligned sentence close to word for word (similarity ≥ 0.85), and every aligned sentence mostly inside
    // quotation marks in both texts.
    internal static bool OnlyQuotes(ReuseProfile first, ReuseProfile second, Alignment alignment)
    {
        var close = false;
        foreach (var p in alignment.Pairs)
        {
            if (QuotedShare(first.Document.Text, first.Sentences[p.A]) < 0.5 || QuotedShare(second.Document.Text, second.Sentences[p.B]) < 0.5)
            {
                return false;
            }
            close |= p.Similarity >= 0.85;
        }
        return close;
    }

    /// <summary>Whether the aligned sentences (only those identical word for word, of at least <paramref name="minWords"/> words and
    /// mostly outside quotation marks, when <paramref name="verbatimOnly"/>) lie in at least two paragraphs (lines) of each text.</summary>
    /// <remarks>A copied passage — a lead and a paragraph or two — spans paragraphs; a block of background that an agency appends to every
    /// story on one subject ("The region has been hit by … since 2010") is one paragraph, shared by stories that copy nothing else.</remarks>
    internal static bool SpansParagraphs(ReuseProfile first, ReuseProfile second, Alignment alignment, bool verbatimOnly, int minWords)
    {
        int? lineA = null, lineB = null;
        // A text printed as one paragraph (no line breaks) cannot show the difference: it does not hold a link back.
        var manyA = !first.Document.Text.AsSpan().Trim().Contains('\n');
        var manyB = !second.Document.Text.AsSpan().Trim().Contains('\n');
        foreach (var p in alignment.Pairs)
        {
            var sa = first.Sentences[p.A];
            var sb = second.Sentences[p.B];
            if (verbatimOnly && !(sa.NormalizedHash == sb.NormalizedHash && sa.WordCount >= minWords && sa.WordCount == sb.WordCount
                && QuotedShare(first.Document.Text, sa) < 0.5 && QuotedShare(second.Document.Text, sb) < 0.5))
            {
                continue;
            }
            var a = ParagraphOf(first.Document.Text, sa.Start);
            var b = ParagraphOf(second.Document.Text, sb.Start);
            manyA |= lineA is { } la && la != a;
            manyB |= lineB is { } lb && lb != b;
            lineA ??= a;
            lineB ??= b;
        }
        return manyA && manyB;
    }

    // The start of the line (paragraph) holding a position.
    private static int ParagraphOf(string text, int pos) => pos <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(pos, text.Length) - 1) + 1;

    // Aligned pairs whose two sentences each relay a statement (a reporting verb or "according to"): what a source said, which
    // two reporters can both relay without reading each other.
    private static int RelayedStatements(ReuseProfile first, ReuseProfile second, Alignment alignment)
    {
        var count = 0;
        foreach (var p in alignment.Pairs)
        {
            var sa = first.Sentences[p.A];
            var sb = second.Sentences[p.B];
            if (Relays(first.Document.Text.AsSpan(sa.Start, sa.End - sa.Start)) && Relays(second.Document.Text.AsSpan(sb.Start, sb.End - sb.Start)))
            {
                count++;
            }
        }
        return count;
    }

    private static readonly string[] s_reportingWords = [" said", " says", " told ", " according to", " announced", " reported", " stated", " added", " citing "];

    // Whether a sentence reports what someone said.
    internal static bool Relays(ReadOnlySpan<char> sentence)
    {
        foreach (var w in s_reportingWords)
        {
            if (sentence.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // Every aligned sentence (all but one from six on) in the same order in both texts.
    private static bool InOrderAll(Alignment alignment) => alignment.InOrder >= alignment.Pairs.Count - (alignment.Pairs.Count >= 6 ? 1 : 0);

    // Aligned sentences identical word for word, long, and mostly outside quotation marks in both texts.
    private static int NarrativeVerbatim(ReuseProfile first, ReuseProfile second, Alignment alignment, int minWords)
    {
        var count = 0;
        foreach (var p in alignment.Pairs)
        {
            var sa = first.Sentences[p.A];
            var sb = second.Sentences[p.B];
            if (sa.NormalizedHash == sb.NormalizedHash && sa.WordCount >= minWords && sa.WordCount == sb.WordCount
                && QuotedShare(first.Document.Text, sa) < 0.5 && QuotedShare(second.Document.Text, sb) < 0.5)
            {
                count++;
            }
        }
        return count;
    }

    // The shorter sentence stands, for at least 80 % of its words, as one unbroken run inside the longer one (a caption with a
    // credit or a label added), rather than as a few facts picked out of it.
    private static bool ShorterInsideLonger(ulong[] words, Sentence a, Sentence b)
    {
        var (s, l) = a.WordCount <= b.WordCount ? (a, b) : (b, a);
        if (l.WordCount > 96 || s.FirstWord + s.WordCount > words.Length || l.FirstWord + l.WordCount > words.Length)
        {
            return false;
        }
        var shorter = words.AsSpan(s.FirstWord, s.WordCount);
        var longer = words.AsSpan(l.FirstWord, l.WordCount);
        Span<int> row = stackalloc int[longer.Length + 1];
        row.Clear();
        var best = 0;
        foreach (var x in shorter)
        {
            for (var j = longer.Length - 1; j >= 0; j--)
            {
                row[j + 1] = x == longer[j] ? row[j] + 1 : 0;
                best = Math.Max(best, row[j + 1]);
            }
        }
        return best >= 0.8 * shorter.Length;
    }

    /// <summary>The share of a sentence's characters inside quotation marks, reading its paragraph (its line) from the start, so a
    /// sentence in the middle of a quotation several sentences long counts as quoted.</summary>
    internal static double QuotedShare(string text, Sentence sentence)
    {
        var from = sentence.Start == 0 ? -1 : text.LastIndexOf('\n', sentence.Start - 1);
        var inQuote = false;
        var low = false; // the open quotation began with „ (German style), so “ closes it
        var quoted = 0;
        for (var i = from + 1; i < sentence.End; i++)
        {
            var c = text[i];
            var mark = c is '“' or '”' or '"' or '«' or '»' or '„';
            if (mark)
            {
                inQuote = c switch
                {
                    '“' => !(inQuote && low),
                    '«' or '„' => true,
                    '”' or '»' => false,
                    _ => !inQuote,
                };
                low = inQuote && (c == '„' || (low && c != '“'));
            }
            if (i >= sentence.Start && (inQuote || mark))
            {
                quoted++;
            }
        }
        var length = sentence.End - sentence.Start;
        return length <= 0 ? 0 : (double)quoted / length;
    }

    /// <summary>Blocks repeated inside one document: the cleaner's removed repeats, and near-verbatim repeated sentences left in the text (captions, headlines).</summary>
    internal IEnumerable<ReuseLink> SelfRepeats(ReuseProfile profile)
    {
        var doc = profile.Document;
        var passages = new List<ReusePassage>();
        var notes = new List<string>();
        foreach (var block in doc.Removed)
        {
            if (block.Kind != "repeated_block")
            {
                continue;
            }
            var probe = block.Text.Trim();
            probe = probe.Length > 200 ? probe[..200] : probe;
            var kept = probe.Length == 0 ? -1 : doc.Text.IndexOf(probe, StringComparison.Ordinal);
            var at = RemovalPoint(doc, block.Start);
            var keptEnd = kept < 0 ? at : Math.Min(doc.Text.Length, kept + block.Text.Trim().Length);
            passages.Add(new ReusePassage(kept < 0 ? at : kept, keptEnd, at, at, 1.0));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"the cleaner removed a repeat of {block.Text.Length} characters at [{block.Start}, {block.End}) of the original file ({block.Rule})"));
        }
        var removedTwice = RemovedTwice(doc);
        if (removedTwice is var (firstAt, secondAt, words))
        {
            var at1 = RemovalPoint(doc, firstAt.Start);
            var at2 = RemovalPoint(doc, secondAt.Start);
            passages.Add(new ReusePassage(at1, at1, at2, at2, 1.0));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"the cleaner removed the same {words}-word line twice, at {firstAt.Start} and {secondAt.Start} of the original file (a credit or caption printed again)"));
        }
        if (removedTwice is null && CaptionInText(doc) is var (caption, lineStart, lineEnd, captionWords))
        {
            var at = RemovalPoint(doc, caption.Start);
            passages.Add(new ReusePassage(lineStart, lineEnd, at, at, 1.0));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"a {captionWords}-word photo caption the cleaner or reader removed is printed again as a line of the text"));
        }
        if (HeadlineAgain(doc.Text) is var (againStart, againEnd, headlineStart, headlineEnd, headlineWords))
        {
            passages.Add(new ReusePassage(headlineStart, headlineEnd, againStart, againEnd, 1.0));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"the {headlineWords}-word headline is printed again as a line of the text with a few words added or cut (an outlet name or a credit)"));
        }
        if (RepeatedCredit(doc) is var (credited, creditWords, captionCount))
        {
            var at = RemovalPoint(doc, credited.Start);
            passages.Add(new ReusePassage(at, at, at, at, 1.0));
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{captionCount} removed photo captions open with the same {creditWords}-word credit (a credit printed before each caption)"));
        }
        var alignment = PassageAligner.Align(profile.Sentences, profile.Sentences, _options.SelfRepeatSimilarity, same: true);
        foreach (var p in alignment.Pairs)
        {
            var first = profile.Sentences[p.A];
            var second = profile.Sentences[p.B];
            var shortLine = p.Similarity >= 1.0 && first.WordCount >= _options.SelfRepeatLineMinWords && first.WordCount == second.WordCount
                && StandsAlone(doc.Text, first) && StandsAlone(doc.Text, second);
            if (!shortLine && (first.WordCount < _options.SelfRepeatMinWords || second.WordCount < _options.SelfRepeatMinWords))
            {
                continue;
            }
            if (Math.Min(first.WordCount, second.WordCount) < SelfRepeatMinLengthRatio * Math.Max(first.WordCount, second.WordCount)
                && !ShorterInsideLonger(profile.Words, first, second))
            {
                continue; // a sentence and a shorter restatement of its facts: two statements, not a block printed twice
            }
            passages.Add(new ReusePassage(first.Start, first.End, second.Start, second.End, Math.Round(p.Similarity, 3)));
        }
        if (passages.Count == 0)
        {
            yield break;
        }
        var repeatedInText = passages.Count - notes.Count;
        if (repeatedInText > 0)
        {
            notes.Add($"{repeatedInText} sentence(s) repeated in the cleaned text");
        }
        yield return new ReuseLink(doc.Id, doc.Id, ReuseKind.SelfRepeat, 1.0, passages)
        {
            Directed = false,
            Evidence = "Repeated inside one document: " + string.Join("; ", notes) + ".",
        };
    }

    // A sentence that is a whole line of the text (a headline, subhead or caption line).
    private static bool StandsAlone(string text, Sentence sentence)
    {
        var before = sentence.Start;
        while (before > 0 && text[before - 1] is ' ' or '\t')
        {
            before--;
        }
        var after = sentence.End;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }
        return (before == 0 || text[before - 1] == '\n') && (after == text.Length || text[after] is '\n' or '\r');
    }

    /// <summary>Two lines the cleaner removed (credits, captions, bylines) that are the same words — or a caption of at least four
    /// words and the same caption with its credit appended or set before it — so the file printed one block twice. Returns the first such two and the
    /// shorter one's word count, or null. Repeated cleaner repeats (<c>repeated_block</c>) are reported on their own.</summary>
    internal static (RemovedBlock First, RemovedBlock Second, int Words)? RemovedTwice(DossierDocument doc)
    {
        // Pages list a few dozen removed lines at most; past 256 the pairwise check would cost more than it can find.
        var removed = doc.Removed.Count > 256 ? [.. doc.Removed.Take(256)] : doc.Removed;
        if (removed.Count < 2)
        {
            return null;
        }
        var keys = new string[removed.Count];
        var counts = new int[removed.Count];
        for (var i = 0; i < removed.Count; i++)
        {
            (keys[i], counts[i]) = removed[i].Kind == "repeated_block" ? (string.Empty, 0) : LineKey(removed[i].Text);
        }
        for (var i = 0; i < removed.Count; i++)
        {
            for (var j = i + 1; j < removed.Count; j++)
            {
                var (shorter, longer) = keys[i].Length <= keys[j].Length ? (i, j) : (j, i);
                var words = counts[shorter];
                if (words >= 2 && keys[i] == keys[j])
                {
                    return (removed[i], removed[j], words);
                }
                // A credit set before the line counts only for a caption: a dateline or credit with a label before it
                // ("Photo: …", "Publish date: …") is a label printed with a line the page also shows without it.
                if (words >= 4 && WithCredit(keys[longer], keys[shorter], orBefore: removed[shorter].Kind == "caption"))
                {
                    return (removed[i], removed[j], words);
                }
            }
        }
        return null;
    }

    /// <summary>Whether the line key <paramref name="longer"/> is <paramref name="shorter"/> with words added before or after it
    /// (a caption and the same caption with its credit appended, "… Photo: Jan Novak", or, when <paramref name="orBefore"/>, set
    /// before it, "Photo: Jan Novak …").</summary>
    internal static bool WithCredit(string longer, string shorter, bool orBefore = true)
    {
        if (shorter.Length == 0 || longer.Length <= shorter.Length)
        {
            return false;
        }
        return (longer[shorter.Length] == ' ' && longer.StartsWith(shorter, StringComparison.Ordinal))
            || (orBefore && longer[longer.Length - shorter.Length - 1] == ' ' && longer.EndsWith(shorter, StringComparison.Ordinal));
    }

    /// <summary>The text's first line (the headline) of at least four words printed again as a later line of its own with at most
    /// <see cref="HeadlineTailWords"/> words added before or after it, or with as many of its own words cut ("Headline | Outlet" on top
    /// and "Headline" over the body, or the reverse). The same line word for word is left to the sentence comparison. Returns the
    /// later line's span, where the headline starts and ends and its word count, or null. The words added or cut must be set off in the
    /// longer line by a mark ("|", ":", "–", "—", " - "): "Toll rises to 40, officials say" under "Toll rises to 40" restates the
    /// headline in a clause of the body.</summary>
    internal static (int Start, int End, int HeadlineStart, int HeadlineEnd, int Words)? HeadlineAgain(string text)
    {
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }
        var headlineEnd = text.IndexOf('\n', first);
        if (headlineEnd < 0 || headlineEnd - first > 300)
        {
            return null;
        }
        var (headline, words) = LineKey(text[first..headlineEnd]);
        if (words < 4)
        {
            return null;
        }
        var rawLength = headlineEnd - first;
        for (var start = headlineEnd + 1; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            // A cheap screen before the key: the line is about as long as the headline (a few short words more or less).
            if (end - start >= rawLength / 2 && end - start <= rawLength + 60 && LineKey(text[start..end]) is var (key, lineWords)
                && key != headline && Math.Abs(lineWords - words) <= HeadlineTailWords && Math.Min(lineWords, words) >= 4
                && (WithCredit(key, headline) || WithCredit(headline, key))
                && (lineWords > words ? SetOffMarks(text.AsSpan(start, end - start)) > SetOffMarks(text.AsSpan(first, rawLength))
                    : SetOffMarks(text.AsSpan(first, rawLength)) > SetOffMarks(text.AsSpan(start, end - start))))
            {
                var (from, to) = (start, end);
                while (from < to && char.IsWhiteSpace(text[from]))
                {
                    from++;
                }
                while (to > from && char.IsWhiteSpace(text[to - 1]))
                {
                    to--;
                }
                return (from, to, first, headlineEnd, words);
            }
            start = end + 1;
        }
        return null;
    }

    // The marks that set an outlet name or a section label off a headline: "|", ":", "–", "—" and a spaced hyphen.
    private static int SetOffMarks(ReadOnlySpan<char> line)
    {
        var n = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '|' or ':' or '–' or '—' || (c == '-' && i > 0 && i + 1 < line.Length && line[i - 1] == ' ' && line[i + 1] == ' '))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>How many words a headline printed again may gain or lose (an outlet name, a credit, a section label).</summary>
    private const int HeadlineTailWords = 4;

    /// <summary>A removed photo caption (kind <c>caption</c>: a caption line the cleaner cut, or a figcaption the HTML reader set aside)
    /// of at least four words whose words make up a whole line of the cleaned text — alone, or with its credit appended to the caption or set before it —
    /// so the page printed the caption twice. Returns the first such caption, the line's span in the cleaned text and the line's word
    /// count, or null.</summary>
    internal static (RemovedBlock Caption, int Start, int End, int Words)? CaptionInText(DossierDocument doc)
    {
        List<(RemovedBlock Block, string Key)>? captions = null;
        foreach (var block in doc.Removed.Count > 256 ? doc.Removed.Take(256) : doc.Removed)
        {
            if (block.Kind == "caption" && LineKey(block.Text) is { Words: >= 4 } k)
            {
                (captions ??= []).Add((block, k.Key));
            }
        }
        if (captions is null)
        {
            return null;
        }
        var text = doc.Text;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            // A caption is a short line; longer lines are prose that cannot equal one.
            if (end - start is > 0 and <= 600 && LineKey(text[start..end]) is { Words: >= 4 } line)
            {
                foreach (var (block, key) in captions)
                {
                    if (key == line.Key || WithCredit(key, line.Key))
                    {
                        var (from, to) = (start, end);
                        while (from < to && char.IsWhiteSpace(text[from]))
                        {
                            from++;
                        }
                        while (to > from && char.IsWhiteSpace(text[to - 1]))
                        {
                            to--;
                        }
                        return (block, from, to, line.Words);
                    }
                }
            }
            start = end + 1;
        }
        return null;
    }

    /// <summary>Photo captions the cleaner removed (kind <c>caption</c>) of which at least two open with the same credit of at least
    /// three words, closed by a comma, colon or bar in each ("Image source, Agency Caption, …" before every caption), and then say
    /// different things: the page printed one credit block again and again. Returns the first such caption, the credit's word
    /// count and how many captions carry it, or null.</summary>
    internal static (RemovedBlock First, int Words, int Count)? RepeatedCredit(DossierDocument doc)
    {
        List<(RemovedBlock Block, string[] Words)>? captions = null;
        foreach (var block in doc.Removed.Count > 256 ? doc.Removed.Take(256) : doc.Removed)
        {
            if (block.Kind == "caption" && LineKey(block.Text) is { Words: >= 4 } k)
            {
                (captions ??= []).Add((block, k.Key.Split(' ')));
            }
        }
        if (captions is not { Count: >= 2 })
        {
            return null;
        }
        for (var i = 0; i < captions.Count; i++)
        {
            var (block, words) = captions[i];
            var best = 0;
            var count = 1;
            for (var j = 0; j < captions.Count; j++)
            {
                if (j == i)
                {
                    continue;
                }
                var other = captions[j].Words;
                var shared = 0;
                while (shared < words.Length && shared < other.Length && words[shared] == other[shared])
                {
                    shared++;
                }
                if (shared >= 3 && shared < words.Length && shared < other.Length
                    && SeparatorAfterWords(block.Text, shared) && SeparatorAfterWords(captions[j].Block.Text, shared))
                {
                    best = best == 0 ? shared : Math.Min(best, shared);
                    count++;
                }
            }
            if (best > 0)
            {
                return (block, best, count);
            }
        }
        return null;
    }

    // Whether the first `words` words of a line (runs of letters and digits) are followed by a comma, colon or bar.
    private static bool SeparatorAfterWords(string line, int words)
    {
        var seen = 0;
        var i = 0;
        while (i < line.Length && seen < words)
        {
            if (char.IsLetterOrDigit(line[i]))
            {
                while (i < line.Length && char.IsLetterOrDigit(line[i]))
                {
                    i++;
                }
                seen++;
                continue;
            }
            i++;
        }
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }
        return seen == words && i < line.Length && line[i] is ',' or ':' or '|';
    }

    // The words of a line, lower-cased and joined by single spaces (punctuation dropped), and how many there are.
    private static (string Key, int Words) LineKey(string line)
    {
        var builder = new System.Text.StringBuilder(line.Length);
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                if (!inWord)
                {
                    words++;
                }
                builder.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return (builder.ToString(), words);
    }

    private static int RemovalPoint(DossierDocument doc, int originalStart)
    {
        foreach (var s in doc.Segments)
        {
            if (s[1] >= originalStart)
            {
                return Math.Min(s[0], doc.Text.Length);
            }
        }
        return doc.Text.Length;
    }

    /// <summary>The origin a document states for itself: its "Original Source" provenance or its dateline agency, lower-cased.</summary>
    internal static string? StatedOrigin(DossierDocument doc)
    {
        var origin = doc.Provenance ?? doc.Dateline?.Agency;
        return string.IsNullOrWhiteSpace(origin) ? null : origin.Trim().ToLowerInvariant();
    }

    private static (ReuseProfile A, ReuseProfile B, bool Directed, string? Why) Direction(ReuseProfile first, ReuseProfile second)
    {
        var d1 = first.Day;
        var d2 = second.Day;
        if (d1 is { } x && d2 is { } y && x != y)
        {
            var (a, b) = x < y ? (first, second) : (second, first);
            return (a, b, true, $"Direction by publication dates: {a.Document.Published!.Date} before {b.Document.Published!.Date}.");
        }
        if (Names(second.Origin, first.Document))
        {
            return (first, second, true, "Direction by stated provenance: the later document names the earlier one's outlet as its source.");
        }
        if (Names(first.Origin, second.Document))
        {
            return (second, first, true, "Direction by stated provenance: the later document names the earlier one's outlet as its source.");
        }
        return (first, second, false, "Direction unknown: no publication dates or provenance tell which came first.");
    }

    private static DateOnly? Day(DossierDocument doc) =>
        doc.Published is { Date.Length: >= 10 } p && DateOnly.TryParseExact(p.Date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    // True when the copy's stated provenance (its StatedOrigin) names the source's outlet or web host.
    private static bool Names(string? origin, DossierDocument source)
    {
        if (origin is null)
        {
            return false;
        }
        if (source.Outlet is { Length: > 2 } outlet && origin.Contains(outlet.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return true;
        }
        if (source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
            return origin.Contains(host, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
