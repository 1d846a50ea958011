using Triangulate.Cleaning;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage.Output;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Pipeline;

/// <summary>Every read path runs the pile repetition pass (issue 20, item 2): the whole-pile read, the streaming read of analyze and
/// ingest, and the partitioned run; a document whose rebuild fails stays that document's problem.</summary>
public sealed class ReadPathRepetitionTests
{
    // Three unrelated stories of one site, each long enough to be told apart by its own words.
    private const string Bridge = """
        Engineers closed the old swing bridge at Marlow Quay after divers found cracked piers beneath the waterline.
        Ferry operators added extra crossings while commuters queued along the embankment in drizzle.
        The harbour board said a temporary pontoon crossing could open before the spring tides.
        """;

    private const string Library = """
        The county library reopened its restored reading room, with oak shelving rebuilt by apprentice joiners.
        Archivists moved fragile parish ledgers into climate-controlled cabinets beside the new study carrels.
        Volunteers will run guided tours on weekend mornings throughout the coming season.
        """;

    private const string Marathon = """
        Runners in the coastal marathon battled headwinds along the cliff path before the finish at Saltby green.
        Marshals handed out foil blankets while physiotherapists treated cramped calves in a tent near the bandstand.
        Organisers plan to move the start earlier next year to avoid the afternoon gusts.
        """;

    private const string SiteLine = "Support local reporting and become a member of the Gazette family";

    private static TempDir Pile(out string folder)
    {
        var temp = new TempDir();
        folder = temp.File("pile");
        temp.Write("pile/01-bridge.txt", Bridge + "\n" + SiteLine + "\n");
        temp.Write("pile/02-library.txt", Library + "\n" + SiteLine + "\n");
        temp.Write("pile/03-marathon.txt", Marathon + "\n" + SiteLine + "\n");
        return temp;
    }

    [Fact]
    public void ReadAndCleanStream_LineOnThreeUnrelatedStories_RemovedAsOnTheWholePileRead()
    {
        // Given a pile of three unrelated stories sharing one site line
        using var temp = Pile(out var folder);

        // When it is read as a stream (the path of streaming analyze and ingest)
        var documents = Analyzer.ReadAndCleanStream([folder]).Where(x => x.Document is not null).Select(x => x.Document!).ToList();

        // Then the line went from each document as a repeated line, and the stream gives the whole-pile read's documents
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.DoesNotContain(SiteLine, d.Text, StringComparison.Ordinal));
        Assert.All(documents, d => Assert.Contains(d.Removed, r => r.Kind == PileRepetition.Kind));
        Assert.Equal(Analyzer.ReadAndClean([folder]).Documents.Select(d => (d.Id, d.Text)), documents.Select(d => (d.Id, d.Text)));
    }

    [Fact]
    public void PartitionedRun_LineOnThreeUnrelatedStories_RemovedBeforeTheClustersAreAnalysed()
    {
        // Given the same pile, analysed by story cluster
        using var temp = Pile(out var folder);

        // When the partitioned run goes through
        var result = PartitionedFolders.Run([folder], temp.File("out"), formats: ["json"]);

        // Then no cluster's dossier holds the site line, and every story is still there
        Assert.Equal(3, result.Documents);
        var texts = Directory.GetDirectories(Path.Combine(temp.File("out"), "clusters"))
            .Select(dir => DossierJson.Deserialize(File.ReadAllText(Path.Combine(dir, "dossier.json")))!)
            .SelectMany(d => d.Documents).Select(d => d.Text).ToList();
        Assert.Equal(3, texts.Count);
        Assert.All(texts, t => Assert.DoesNotContain(SiteLine, t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("swing bridge", StringComparison.Ordinal));
    }

    [Fact]
    public void RemoveRepetition_RebuildThrowsOnOneDocument_ItKeepsItsTextAndIsNamedOthersLoseTheLine()
    {
        // Given three cleaned documents sharing a site line, and a rebuild that fails on the second one
        var pile = new[] { Bridge, Library, Marathon }
            .Select((story, i) => new BoilerplateCleaner().Clean(new SourceDocument($"0{i + 1}.txt", story + "\n" + SiteLine + "\n", "txt")))
            .ToList();
        static CleanDocument Rebuild(PileRepetitionWindow window, int i) =>
            i == 1 ? throw new InvalidOperationException("rebuild broke") : window.Rebuild(i);

        // When the pass runs with each rebuild isolated
        var (documents, problems) = Analyzer.RemoveRepetition(new PileRepetitionWindows(), pile, CancellationToken.None, Rebuild);

        // Then that document is as it came in, one problem names it and the cleaning stage, and the others lost the line
        Assert.Same(pile[1], documents[1]);
        var problem = Assert.Single(problems);
        Assert.Equal(("02.txt", "clean"), (problem.File, problem.Stage.Name));
        Assert.Contains("rebuild broke", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteLine, documents[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteLine, documents[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveRepetition_DocumentWhoseMapDoesNotFitItsSource_IsolatedOthersRebuilt()
    {
        // Given a document whose offset map points past its source text (a corrupt record), among documents sharing a site line
        var pile = new[] { Bridge, Library, Marathon }
            .Select((story, i) => new BoilerplateCleaner().Clean(new SourceDocument($"0{i + 1}.txt", story + "\n" + SiteLine + "\n", "txt")))
            .ToList();
        pile[2] = pile[2] with { Source = pile[2].Source with { Text = "too short" } };

        // When the pass runs through the read path's isolation
        var (documents, problems) = Analyzer.RemoveRepetition(new PileRepetitionWindows(), pile, CancellationToken.None);

        // Then only that document fails, and the others are rebuilt without the line
        Assert.Same(pile[2], documents[2]);
        Assert.Equal("03.txt", Assert.Single(problems).File);
        Assert.DoesNotContain(SiteLine, documents[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteLine, documents[1].Text, StringComparison.Ordinal);
    }
}
