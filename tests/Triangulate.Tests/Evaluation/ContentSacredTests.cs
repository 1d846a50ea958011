using Triangulate.Pipeline;
using Triangulate.Evaluation;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Evaluation;

/// <summary>Content is sacred (issue 20, item 5): on every gold set, the cleaner loses no sentence holding a gold figure or quote.</summary>
/// <remarks>Counts per set only: sealed events are scored, never printed one by one.</remarks>
public sealed class ContentSacredTests
{
    public static TheoryData<string> GoldSets()
    {
        var data = new TheoryData<string>();
        var bed = Path.Combine(Paths.Repo, "corpus");
        if (TestBed.IsTestBed(bed))
        {
            data.Add(TestBed.Dev);
            data.Add(TestBed.Sealed);
        }
        if (Paths.Corpus is not null)
        {
            data.Add("shared");
        }
        if (data.Count == 0)
        {
            data.Add("(none)");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldSets))]
    public void Clean_EveryGoldSet_LosesNoContentSentence(string set)
    {
        if (set == "(none)")
        {
            Assert.Skip("no gold sets");
            return;
        }
        var folders = set == "shared"
            ? Paths.CorpusEvents.ToList()
            : [.. TestBed.Load(Path.Combine(Paths.Repo, "corpus")).Events.Where(e => e.Split == set).Select(e => e.Folder)];
        double wrongly = 0, lost = 0, captions = 0;
        foreach (var folder in folders)
        {
            var goldPath = Path.Combine(folder, "gold.json");
            var report = new Evaluator([new BoilerplateScorer()]).Evaluate(GoldFile.Load(goldPath), Analyzer.Analyze([folder]), goldPath);
            var section = report.Section("boilerplate");
            Assert.NotNull(section);
            wrongly += section.Metrics["content_wrongly_removed"];
            lost += section.Metrics["content_lost"];
            captions += section.Metrics["content_only_in_set_aside_captions"];
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{set}: {folders.Count} events, removed blocks holding gold content {wrongly}, content lost {lost}, content only in set-aside captions {captions}");
        Assert.True(lost == 0, $"{set}: {lost} removed block(s) took the only copy of a gold figure or quote ({folders.Count} events)");
    }
}
