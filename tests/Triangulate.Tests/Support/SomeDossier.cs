using Triangulate.Cleaning;
using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Quotes;
using Triangulate.Extraction.Time;
using Triangulate.Linking.Clustering;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;
using Triangulate.Linking.Timeline;

namespace Triangulate.Tests.Support;

/// <summary>Builds synthetic dossiers with every section filled (a fictional flood-and-clash story), including an article of hostile HTML.</summary>
public static class SomeDossier
{
    public const string WireText =
        "PORT HARBOR — At least 745 civilians were killed in the coastal provinces since Thursday, a monitoring group said on Saturday.\n\n" +
        "The group said 125 members of the security forces were also killed in the clashes, which began on Thursday in Hill Town.\n\n" +
        "\"We will hold accountable anyone involved in the bloodshed,\" Jane Doe, the interim president, said in a televised address.";

    public const string CopyText =
        "At least 745 civilians were killed in the coastal provinces since Thursday, a monitoring group said on Saturday.\n\n" +
        "The group said 125 members of the security forces were also killed in the clashes.\n\n" +
        "Residents of Hill Town described gunmen going from house to house.";

    public const string UpdateText =
        "The death toll from four days of violence rose to 1,311 on Monday, the Monitoring Group for Human Rights said, including 973 civilians.\n\n" +
        "Hundreds of families fled to the mountains around Capital City, aid workers said.";

    /// <summary>Hostile article text: every classic way to break out of HTML, Markdown or CSV.</summary>
    public const string HostileText =
        "<script>window.__pwned = 1; alert('xss')</script> Officials said 12 people were injured.\n\n" +
        "Click <a href=\"javascript:alert(2)\">here</a> or [here](javascript:alert(3)) </style><style>body{display:none}</style>\n\n" +
        "<img src=x onerror=\"window.__pwned=2;alert(4)\"> \"onmouseover=\"alert(5)\" </script><script>window.__pwned=3</script> <!-- | pipe, \"quote\", comma\r\nnew line =SUM(A1) ]]> </textarea> </title>";

    public const string HostileMarker = "__pwned";

    public static Dossier Small()
    {
        var a = Doc("a1b2c3d4", "001_wire.txt", WireText, "Clashes on the coast kill hundreds", "Wire Agency", "2025-03-08") with { Url = "https://wire.example/coast" };
        var b = Doc("b2c3d4e5", "002_courier.html", CopyText, "Hundreds killed on the coast", "Daily Courier", "2025-03-09");
        var c = Doc("c3d4e5f6", "003_post.txt", UpdateText, "Death toll passes 1,300", "Evening Post", "2025-03-10");
        var d = Doc("d4e5f6a7", "004_<hostile>.html", HostileText, "<script>alert('title')</script><b>Bold</b>", "<i>Evil</i> | Times & Co", "2025-03-10") with
        {
            Url = "javascript:alert('url')",
            Removed = [new RemovedBlock("share", "<script>window.__pwned=4</script> Share on X </details>", 0, 50, "share prompt <rule>")],
            Provenance = "<b>Original Source:</b> nowhere",
        };

        var claims = new List<FigureClaim>
        {
            Claim("c-a-1", a, "At least 745 civilians", Measures.Killed, 745, Qualifier.AtLeast) with
            {
                Who = "civilians", AttributedTo = "a monitoring group", AttributedEntity = "e-org-monitor",
                TimeScope = Scope(a, "since Thursday", "2025-03-06", "2025-03-08"),
                PlaceScope = new PlaceScope("the coastal provinces", a.Text.IndexOf("the coastal provinces", StringComparison.Ordinal), a.Text.IndexOf("the coastal provinces", StringComparison.Ordinal) + 21) { Entity = "e-place-port" },
            },
            Claim("c-a-2", a, "125 members of the security forces", Measures.Killed, 125, Qualifier.Exact) with { Who = "security forces", AttributedTo = "The group" },
            Claim("c-b-1", b, "At least 745 civilians", Measures.Killed, 745, Qualifier.AtLeast) with
            {
                Who = "civilians", AttributedTo = "a monitoring group", AttributedEntity = "e-org-monitor",
                TimeScope = Scope(b, "since Thursday", "2025-03-06", "2025-03-08"),
            },
            Claim("c-c-1", c, "1,311", Measures.Killed, 1311, Qualifier.Exact) with
            {
                Who = "all", AttributedTo = "the Monitoring Group for Human Rights", AttributedEntity = "e-org-monitor", Cumulative = true,
                TimeScope = Scope(c, "on Monday", "2025-03-06", "2025-03-10"),
            },
            Claim("c-c-2", c, "973 civilians", Measures.Killed, 973, Qualifier.Exact) with
            {
                Who = "civilians", AttributedTo = "the Monitoring Group for Human Rights", AttributedEntity = "e-org-monitor", PartOf = "c-c-1",
                TimeScope = Scope(c, "on Monday", "2025-03-06", "2025-03-10"),
                PlaceScope = new PlaceScope("Capital City", c.Text.IndexOf("Capital City", StringComparison.Ordinal), c.Text.IndexOf("Capital City", StringComparison.Ordinal) + 12) { Entity = "e-place-capital" },
            },
            Claim("c-c-3", c, "Hundreds of families", Measures.Displaced, null, Qualifier.Vague) with { Who = "families", Low = 100, High = 900, AttributedTo = "aid workers", Confidence = 0.6, ConfidenceReason = "vague amount" },
            Claim("c-d-1", d, "12 people", Measures.Injured, 12, Qualifier.Exact) with { Who = "<script>alert('who')</script>", AttributedTo = "=HYPERLINK(\"http://evil\")" },
        };

        var entities = new List<Entity>
        {
            Ent("e-place-port", EntityType.Place, "Port Harbor", a, "PORT HARBOR") with { Geo = new GeoPoint(35.52, 35.79, "geonames:1") { Name = "Port Harbor", Country = "XX", Admin1 = "Coast Province", Kind = "city" } },
            Ent("e-place-hill", EntityType.Place, "Hill Town", a, "Hill Town", b) with { Geo = new GeoPoint(35.13, 36.0, "geonames:2") { Name = "Hill Town", Country = "XX", Admin1 = "Hill Province", Kind = "city" } },
            Ent("e-place-capital", EntityType.Place, "Capital City", c, "Capital City") with { Geo = new GeoPoint(33.51, 36.29, "geonames:3") { Name = "Capital City", Country = "XX", Admin1 = "Capital", Kind = "city", Precision = 2 } },
            Ent("e-place-mountains", EntityType.Place, "the mountains", c, "the mountains") with { GeoNote = "too vague to place" },
            Ent("e-person-doe", EntityType.Person, "Jane Doe", a, "Jane Doe") with { Roles = ["interim president"] },
            Ent("e-org-monitor", EntityType.Organization, "Monitoring Group for Human Rights", c, "Monitoring Group for Human Rights") with { Aliases = ["Monitoring Group for Human Rights", "a monitoring group"] },
            Ent("e-evil", EntityType.Group, "<img src=x onerror=alert(7)>", d, "12 people"),
        };

        var quoteText = "We will hold accountable anyone involved in the bloodshed,";
        var qStart = a.Text.IndexOf(quoteText, StringComparison.Ordinal);
        var quotes = new List<Quote>
        {
            new(a.Id, qStart, qStart + quoteText.Length, quoteText) { Speaker = "e-person-doe", SpeakerText = "Jane Doe", Verb = "said" },
            new(d.Id, 0, 20, d.Text[..20]) { SpeakerText = "<u>someone</u>", Verb = "said", Kind = "partial" },
        };

        var series = new List<FigureSeries>
        {
            new("s-killed-civilians", Measures.Killed, "civilians", ["c-a-1", "c-b-1", "c-c-2"],
                [new("c-a-1", "c-b-1", SeriesRelation.Repeat, "Same figure, copied text."), new("c-b-1", "c-c-2", SeriesRelation.Update, "Later count from the same counter, higher.")],
                1, new Estimate(745, 973, 973, "Latest count of the one independent counter; the earlier 745 is its own lower figure."))
            { OriginNames = ["Monitoring Group for Human Rights"], Place = "coastal provinces" },
            new("s-killed-all", Measures.Killed, "all", ["c-c-1"], [], 1, new Estimate(1311, 1311, 1311, "One claim; evidence is thin."))
            { OriginNames = ["Monitoring Group for Human Rights"] },
            new("s-killed-security", Measures.Killed, "security forces", ["c-a-2"], [], 1, new Estimate(125, 125, null, "One claim."))
            { OriginNames = ["a monitoring group"] },
        };

        var flags = new List<ConsistencyFlag>
        {
            new(FlagKind.ComponentsBelowTotal, ["c-c-1", "c-c-2"], [c.Id], "973 civilians are part of 1,311; the rest are not broken down."),
            new(FlagKind.UnsourcedFigure, ["c-d-1"], [d.Id], "<script>alert('flag')</script> stated without a source."),
        };

        var timeline = new List<TimelineEntry>
        {
            new("2025-03-06", "Clashes begin in Hill Town.", [a.Id, b.Id], []),
            new("2025-03-06/2025-03-08", "At least 745 civilians killed.", [a.Id, b.Id], ["c-a-1", "c-b-1"]) { Precision = DatePrecision.Interval },
            new("2025-03-10", "Toll rises to 1,311 <script>alert('timeline')</script>.", [c.Id], ["c-c-1", "c-c-2"]),
        };

        var reuse = new List<ReuseLink>
        {
            new(a.Id, b.Id, ReuseKind.Copy, 0.91, [new ReusePassage(0, 120, 0, 110, 0.95)]) { Directed = true, Evidence = "B published a day later; 91% of its text matches A." },
        };

        var dates = new List<DateMention>
        {
            new(a.Id, a.Text.IndexOf("since Thursday", StringComparison.Ordinal), a.Text.IndexOf("since Thursday", StringComparison.Ordinal) + 14, "since Thursday") { Value = "2025-03-06/..", Precision = DatePrecision.OpenInterval },
        };

        return new Dossier
        {
            Documents = [a, b, c, d],
            Claims = claims,
            Entities = entities,
            Quotes = quotes,
            Dates = dates,
            Reuse = reuse,
            OriginGroups = OriginGrouping.Of([a, b, c, d], reuse),
            Clusters = [new StoryCluster("s-1", [a.Id, b.Id, c.Id, d.Id], "Coastal clashes")],
            Series = SeriesRanking.Ranked(series),
            Flags = flags,
            Timeline = timeline,
            Problems = [new Triangulate.Model.Problem("005_<bad>.bin", "not valid UTF-8 <script>", ProblemStage.Ingest, ProblemSeverity.Error)],
        };
    }

    /// <summary>A dossier with nothing extracted yet (only documents), to check "not extracted yet" messages.</summary>
    public static Dossier NothingExtracted() => Small() with
    {
        Claims = [], Entities = [], Quotes = [], Dates = [], Reuse = [], OriginGroups = [], Clusters = [], Series = [], Flags = [], Timeline = [],
        NotExtracted = ["claims", "entities", "quotes", "dates", "reuse", "origin_groups", "clusters", "series", "flags", "timeline"],
    };

    /// <summary>A large synthetic dossier: <paramref name="articles"/> articles of about 2,500 characters, three claims each, places, copies, series.</summary>
    public static Dossier Large(int articles)
    {
        var rnd = new Random(20250306);
        var outlets = Enumerable.Range(0, 60).Select(i => $"Outlet {i:00}").ToArray();
        var placeNames = Enumerable.Range(0, 40).Select(i => $"Town {i:00}").ToArray();
        var docs = new List<DossierDocument>(articles);
        var claims = new List<FigureClaim>(articles * 3);
        var mentions = placeNames.ToDictionary(p => p, _ => new List<EntityMention>());
        for (var i = 0; i < articles; i++)
        {
            var killed = 100 + i * 3 + rnd.Next(20);
            var injured = 50 + rnd.Next(400);
            var place = placeNames[rnd.Next(placeNames.Length)];
            var body = $"At least {killed} people were killed in {place} since Thursday, officials said on day {i % 9 + 1}. " +
                $"Another {injured} were injured, and about {injured * 4} people were displaced, a relief agency said. ";
            var filler = string.Concat(Enumerable.Range(0, 18).Select(k => $"Paragraph {k} of the report describes the scene in detail, with witnesses and officials quoted at length.\n\n"));
            var text = body + "\n\n" + filler;
            var day = 6 + i % 9;
            var doc = Doc($"doc{i:0000}", $"{i:0000}.txt", text, $"Report {i} on the violence", outlets[i % outlets.Length], $"2025-03-{day:00}");
            docs.Add(doc);
            claims.Add(Claim($"c-{i:0000}-1", doc, $"At least {killed} people", Measures.Killed, killed, Qualifier.AtLeast) with { Who = "all", AttributedTo = "officials" });
            claims.Add(Claim($"c-{i:0000}-2", doc, $"{injured} were injured", Measures.Injured, injured, Qualifier.Exact) with { Who = "all" });
            claims.Add(Claim($"c-{i:0000}-3", doc, $"about {injured * 4} people", Measures.Displaced, injured * 4, Qualifier.About) with { Who = "all", AttributedTo = "a relief agency" });
            var ps = text.IndexOf(place, StringComparison.Ordinal);
            mentions[place].Add(new EntityMention(doc.Id, ps, ps + place.Length, place));
        }
        var entities = placeNames.Select((p, k) => new Entity($"e-place-{k}", EntityType.Place, p, [p], mentions[p])
        {
            Geo = new GeoPoint(33 + k % 8 * 0.5, 35.5 + k / 8 * 0.4, $"geonames:{k}") { Name = p, Country = "XX", Admin1 = $"Province {k % 5}" },
        }).ToList();
        var reuse = new List<ReuseLink>();
        for (var i = 1; i < articles; i += 3)
        {
            reuse.Add(new ReuseLink(docs[i - 1].Id, docs[i].Id, i % 2 == 0 ? ReuseKind.Copy : ReuseKind.Paraphrase, 0.8, []) { Directed = true });
        }
        var killedIds = claims.Where(c => c.Measure == Measures.Killed).Select(c => c.Id).ToList();
        var series = new List<FigureSeries>
        {
            new("s-killed-all", Measures.Killed, "all", killedIds,
                [.. killedIds.Skip(1).Select((id, k) => new SeriesStep(killedIds[k], id, SeriesRelation.Update, "Later and higher."))],
                articles / 2, new Estimate(100, 100 + articles * 3, 120 + articles * 3, "Latest count.")),
        };
        var timeline = Enumerable.Range(6, 9).Select(d => new TimelineEntry($"2025-03-{d:00}", $"Day {d} of the violence.", [.. docs.Where(x => x.Published!.Date.EndsWith($"-{d:00}", StringComparison.Ordinal)).Take(5).Select(x => x.Id)], [])).ToList();
        return new Dossier
        {
            Documents = docs, Claims = claims, Entities = entities, Reuse = reuse, OriginGroups = OriginGrouping.Of(docs, reuse),
            Series = SeriesRanking.Ranked(series), Timeline = timeline,
        };
    }

    private static DossierDocument Doc(string id, string file, string text, string title, string outlet, string published) =>
        new(id, file, text) { Title = title, Outlet = outlet, Published = new PublishedDate(published, DatePrecision.Day, DateBasis.Metadata), Format = "txt", OriginalLength = text.Length };

    private static FigureClaim Claim(string id, DossierDocument doc, string span, string measure, long? value, Qualifier qualifier)
    {
        var start = doc.Text.IndexOf(span, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"'{span}' is not in {doc.File}");
        }
        var (ss, se) = SentenceAround(doc.Text, start, start + span.Length);
        return new FigureClaim(id, doc.Id, start, start + span.Length, span, measure, value, qualifier) { SentenceStart = ss, SentenceEnd = se };
    }

    /// <summary>The sentence around [start, end): back to the previous sentence stop or paragraph break, forward to the next full stop.</summary>
    public static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && text[s - 1] != '\n' && !(s >= 2 && text[s - 2] == '.' && text[s - 1] == ' '))
        {
            s--;
        }
        var e = text.IndexOf('.', end);
        e = e < 0 ? text.Length : e + 1;
        var nl = text.IndexOf('\n', end);
        if (nl >= 0 && nl < e)
        {
            e = nl;
        }
        return (s, e);
    }

    private static TimeScope Scope(DossierDocument doc, string words, string from, string to)
    {
        var i = doc.Text.IndexOf(words, StringComparison.Ordinal);
        return new TimeScope(words, i, i + words.Length) { From = from, To = to };
    }

    private static Entity Ent(string id, EntityType type, string canonical, DossierDocument doc, string words, DossierDocument? other = null)
    {
        var mentions = new List<EntityMention>();
        foreach (var d in other is null ? [doc] : new[] { doc, other })
        {
            var i = d.Text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (i >= 0)
            {
                mentions.Add(new EntityMention(d.Id, i, i + words.Length, d.Text.Substring(i, words.Length)));
            }
        }
        return new Entity(id, type, canonical, [canonical], mentions);
    }
}
