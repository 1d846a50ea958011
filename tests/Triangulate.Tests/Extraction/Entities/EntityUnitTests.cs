using System.Diagnostics;
using System.Text.Json;
using Triangulate.Evaluation;
using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Quotes;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Entities;

public sealed class EntityUnitTests(ITestOutputHelper output)
{
    public static TheoryData<int> MentionCases() => [.. Enumerable.Range(0, Load("mentions.json").GetArrayLength())];

    public static TheoryData<int> AliasCases() => [.. Enumerable.Range(0, Load("aliases.json").GetArrayLength())];

    [Theory]
    [MemberData(nameof(AliasCases))]
    public void Resolve_FixtureText_SpellingsInOneEntity(int index)
    {
        var c = Load("aliases.json")[index];
        var text = c.GetProperty("text").GetString()!;
        var (entities, _) = new EntityResolver().Resolve(new MentionFinder().Find("d", text));
        var names = c.GetProperty("same").EnumerateArray().Select(x => x.GetString()!).ToList();
        var holders = names.Select(n => entities.Where(e => e.Aliases.Contains(n)).Select(e => e.Id).ToList()).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            Assert.True(holders[i].Count == 1, $"\"{names[i]}\" is in {holders[i].Count} entities: {string.Join("; ", entities.Select(e => e.Canonical + "=[" + string.Join("|", e.Aliases) + "]"))}");
        }
        Assert.Single(holders.Select(h => h[0]).Distinct());
    }

    public static TheoryData<int> QuoteCases() => [.. Enumerable.Range(0, Load("quotes.json").GetArrayLength())];

    private static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Fixtures, "Entities", name))).RootElement;

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void Find_FixtureSentence_ExpectedNamesAndTypes(int index)
    {
        var c = Load("mentions.json")[index];
        var text = c.GetProperty("text").GetString()!;
        var found = new MentionFinder().Find("d", text);
        foreach (var m in found)
        {
            Assert.Equal(m.Text, text[m.Start..m.End]);
        }
        foreach (var e in c.GetProperty("expect").EnumerateArray())
        {
            var want = e.GetProperty("text").GetString()!;
            var m = found.FirstOrDefault(f => f.Text == want);
            Assert.True(m is not null, $"\"{want}\" not found in: {string.Join(", ", found.Select(f => f.Text + "/" + f.Type))}");
            Assert.Equal(e.GetProperty("type").GetString(), m.Type);
        }
    }

    [Theory]
    [MemberData(nameof(QuoteCases))]
    public void Extract_FixtureSentence_QuoteKindAndSpeaker(int index)
    {
        var c = Load("quotes.json")[index];
        var text = c.GetProperty("text").GetString()!;
        var mentions = new MentionFinder().Find("d", text);
        var (entities, ids) = new EntityResolver().Resolve(mentions);
        var speakers = mentions.Select((m, i) => (m, i)).Where(x => ids[x.i] is not null)
            .Select(x => new QuoteExtractor.SpeakerMention(x.m.Start, x.m.End, ids[x.i]!, entities.Single(e => e.Id == ids[x.i]).Type.Code())).ToList();
        var roles = entities.ToDictionary(e => e.Id, e => (IReadOnlyList<string>)[e.Canonical, .. e.Roles ?? []]);
        var quotes = QuoteExtractor.Extract("d", text, speakers, roles);
        foreach (var e in c.GetProperty("expect").EnumerateArray())
        {
            var want = e.GetProperty("text").GetString()!;
            var q = Assert.Single(quotes, x => x.Text == want);
            Assert.Equal(want, text[q.Start..q.End]);
            Assert.Equal(e.GetProperty("kind").GetString(), q.Kind);
            var speaker = e.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : e.GetProperty("speaker").GetString();
            Assert.Equal(speaker, q.Speaker is { } id ? entities.Single(x => x.Id == id).Canonical : null);
        }
    }

    [Fact]
    public void Resolve_SpellingVariants_OneEntityPerPerson()
    {
        var mentions = new MentionFinder().Find("a", "Syrian President Ahmed al-Sharaa spoke. Ahmad al Shara later said Sharaa would act. Ahmed Sharaa left.");
        var (entities, _) = new EntityResolver().Resolve(mentions);
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Contains("Ahmad al Shara", person.Aliases);
        Assert.Contains("Sharaa", person.Aliases);
        Assert.Equal("Ahmed al-Sharaa", person.Canonical);
    }

    [Fact]
    public void Resolve_TwoPeopleSharingSurname_SurnameGoesToTheOneNamedNearest()
    {
        var text = "Hazal Guner was rescued. Her father Soner Guner waited outside. Guner said he was relieved.";
        var mentions = new MentionFinder().Find("a", text);
        var (entities, ids) = new EntityResolver().Resolve(mentions);
        var idx = mentions.ToList().FindLastIndex(m => m.Text == "Guner");
        Assert.True(idx >= 0);
        Assert.Equal("Soner Guner", entities.Single(e => e.Id == ids[idx]).Canonical);
    }

    [Theory]
    [InlineData("Latakia", "geonames:173576")]
    [InlineData("Tartus", "geonames:163345")]
    [InlineData("Tartous", "geonames:163345")]
    [InlineData("Baniyas", "geonames:171830")]
    [InlineData("Banias", "geonames:171830")]
    [InlineData("Jableh", "geonames:169304")]
    [InlineData("Damascus", "geonames:170654")]
    public void Geocode_SyrianPlaceInSyriaStory_RightGeoNamesId(string name, string id)
    {
        var text = $"Fighting in Syria spread on Friday. Residents fled from {name} as clashes continued in Syria.";
        var (entities, _) = new EntityResolver().Resolve(new MentionFinder().Find("a", text));
        var place = Assert.Single(entities, e => e.Aliases.Contains(name));
        Assert.Equal(id, place.Geo?.SourceId);
        Assert.Equal("SY", place.Geo?.Country);
    }

    [Fact]
    public void Geocode_ParisInUnitedStatesStory_NotFrance()
    {
        var text = "A tornado hit Paris in the United States on Monday. Officials in the United States said the storm damaged homes in Paris.";
        var (entities, _) = new EntityResolver().Resolve(new MentionFinder().Find("a", text));
        var paris = Assert.Single(entities, e => e.Canonical == "Paris");
        Assert.Equal("US", paris.Geo?.Country);
    }

    [Fact]
    public void Geocode_UnknownVillage_UnlocatedWithReason()
    {
        var text = "Crowds gathered near the base in Qzwertyville, Syria, on Sunday.";
        var (entities, _) = new EntityResolver().Resolve(new MentionFinder().Find("a", text));
        var place = Assert.Single(entities, e => e.Canonical == "Qzwertyville");
        Assert.Null(place.Geo);
        Assert.False(string.IsNullOrEmpty(place.GeoNote));
    }

    [Fact]
    public void Gazetteer_Load_FastAndSmall()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var g = Gazetteer.Default;
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var line = $"gazetteer: {g.Count} places, {g.NameCount} names, load {g.LoadTime.TotalMilliseconds:F0} ms, ~{(after - before) / 1_048_576.0:F0} MB";
        if (Environment.GetEnvironmentVariable("TRIANGULATE_EVAL_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, line + "\n");
        }
        output.WriteLine($"gazetteer: {g.Count} places, {g.NameCount} names, load {g.LoadTime.TotalMilliseconds:F0} ms, ~{(after - before) / 1_048_576.0:F0} MB");
        Assert.True(g.Count > 100_000, "the embedded gazetteer is present");
        Assert.True(g.LoadTime < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Evaluate_OwnGoldSet_EntityAndQuoteFloors()
    {
        var folder = Path.Combine(Paths.Fixtures, "Gold", "valencia-floods-2024-10");
        var report = EntityCorpusGoldTests.Score(folder);
        var e = report.Section("entities")!;
        var q = report.Section("quotes")!;
        output.WriteLine($"valencia: F1 {e.Metrics["f1"]:F3} type {e.Metrics["type_accuracy"]:F3} geo {e.Metrics.GetValueOrDefault("geocoding_accuracy"):F3} quotes {q.Metrics["matched"]:F3} speaker {q.Metrics["speaker_accuracy"]:F3}");
        foreach (var n in e.Notes.Concat(q.Notes))
        {
            output.WriteLine("  " + n);
        }
        if (Environment.GetEnvironmentVariable("TRIANGULATE_EVAL_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, $"valencia: F1 {e.Metrics["f1"]:F3} type {e.Metrics["type_accuracy"]:F3} geo {e.Metrics.GetValueOrDefault("geocoding_accuracy"):F3} quotes {q.Metrics["matched"]:F3} speaker {q.Metrics["speaker_accuracy"]:F3}\n" + string.Join("\n", e.Notes.Concat(q.Notes)) + "\n");
        }
        Assert.True(e.Metrics["f1"] >= 0.9, $"entity F1 {e.Metrics["f1"]:F3}");
        Assert.True(e.Metrics["type_accuracy"] >= 0.9, $"type accuracy {e.Metrics["type_accuracy"]:F3}");
        Assert.True(e.Metrics["geocoding_accuracy"] >= 0.75, $"geocoding {e.Metrics["geocoding_accuracy"]:F3}");
        Assert.True(q.Metrics["matched"] >= 0.9, $"quotes matched {q.Metrics["matched"]:F3}");
        Assert.True(q.Metrics["speaker_accuracy"] >= 0.8, $"speaker accuracy {q.Metrics["speaker_accuracy"]:F3}");
    }
    [Theory]
    [InlineData("The pier closed on Monday. Tomas Vennik, spokesman for the harbour board, said the ferries would wait.", "Tomas Vennik", "spokesman for the harbour board")]
    [InlineData("The pier closed on Monday. Tomas Vennik, a spokesman for the harbour board, said so.", "Tomas Vennik", "a spokesman for the harbour board")]
    [InlineData("The pier closed on Monday. Tomas Vennik, who for many long years had served as a spokesman for the board, said so.", "Tomas Vennik", null)]
    [InlineData("The pier closed on Monday. Tomas Vennik, Minister of Ports, said so.", "Tomas Vennik", null)]
    public void Find_AppositiveAfterName_RoleOnlyFromAShortClauseWithATitle(string text, string name, string? role)
    {
        // The appositive cue reads at most eight words after the comma, opening lower case (or with a title) and holding a title word.
        var mention = Assert.Single(new MentionFinder().Find("d", text), m => m.Text == name);
        Assert.Equal("person", mention.Type);
        Assert.Equal(role, mention.Role);
    }

    [Fact]
    public void Find_AgeAfterName_NameIsAPerson()
    {
        var mention = Assert.Single(new MentionFinder().Find("d", "The pier closed on Monday. Ostrel Vennik, 52, said he had seen the wave."), m => m.Text == "Ostrel Vennik");
        Assert.Equal("person", mention.Type);
    }
}
