using Triangulate.Execution;
using Triangulate.Pipeline;
using Triangulate.Extraction.Entities;
using Triangulate.Extraction.Figures;
using Triangulate.Extraction.Time;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Pipeline;

#pragma warning disable CA2201 // the tests throw OutOfMemoryException on purpose: it is what one huge allocation raises

/// <summary>One document's failure in any pass stays that document's: the problem names it and the stage, every other document keeps its results.</summary>
public sealed class DocumentIsolationTests
{
    private static readonly DossierDocument[] s_docs =
    [
        Doc("d0000001", "01-river.txt", "At least 12 people were killed when the river burst its banks on Monday, the mayor said. Rescuers from Northfield searched the valley."),
        Doc("d0000002", "02-storm.txt", "The storm injured 34 people in the port on Tuesday, according to the regional health office run by Maria Lopez."),
        Doc("d0000003", "03-victim.txt", "Officials said 7 people died and 15 were missing after the landslide on Wednesday in Eastbrook."),
        Doc("d0000004", "04-quake.txt", "\"We counted 56 injured,\" said Peter Brand, a doctor in Westvale, on Thursday after the earthquake."),
        Doc("d0000005", "05-fire.txt", "A fire destroyed 80 homes and killed 3 people in the hills on Friday, the fire service said."),
    ];

    private const string Victim = "d0000003";

    private static DossierDocument Doc(string id, string file, string text) =>
        new(id, file, text) { Title = file, Published = new PublishedDate("2024-05-" + (10 + int.Parse(id[^1..], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day, DateBasis.Metadata) };

    private static Dossier Input() => new() { Documents = s_docs };

    private static Dossier Baseline() => new PipelineBuilder().UseDefaults().Build().Run(Input());

    /// <summary>Replaces the default pass of type <typeparamref name="T"/> by <paramref name="pass"/>, in the same place.</summary>
    private static AnalysisPipeline Replacing<T>(IDossierPass pass) where T : IDossierPass =>
        new PipelineBuilder().UseDefaults().InsertBefore<T>(pass).Remove<T>().Build();

    [Fact]
    public void Figures_OneDocumentRunsOutOfMemory_OnlyThatDocumentLosesItsClaims()
    {
        // Given the figures pass failing with OutOfMemoryException whenever one document is among its input
        var pipeline = Replacing<FiguresPass>(new FailingWhenPresent(new FiguresPass(), Victim, () => new OutOfMemoryException("Insufficient memory")));

        // When the run goes through
        var dossier = pipeline.Run(Input());

        // Then every other document has exactly the claims of a clean run, and one problem names the document and the stage
        var expected = Baseline().Claims.Where(c => c.Doc != Victim).Select(c => (c.Id, c.Value, c.Measure)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, dossier.Claims.Select(c => (c.Id, c.Value, c.Measure)).ToList());
        var problem = Assert.Single(dossier.Problems);
        Assert.Equal("03-victim.txt", problem.File);
        Assert.Equal("figures", problem.Stage.Name);
        Assert.Contains("OutOfMemoryException", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Problems, p => p.File == "(all documents)");
        Assert.Equal(s_docs.Length, dossier.Documents.Count);
    }

    [Fact]
    public void Entities_MergeThrowsOnOneDocument_OthersKeepEntitiesAndItKeepsItsClaims()
    {
        // Given the cross-document entities pass throwing whenever one document takes part
        var pipeline = Replacing<EntitiesPass>(new FailingWhenPresent(new EntitiesPass(), Victim, () => new InvalidOperationException("merge broke")));

        // When the run goes through
        var dossier = pipeline.Run(Input());
        var baseline = Baseline();

        // Then the other documents' entity mentions are all there, the victim's claims from the figures pass stay, and the problem names it
        static IEnumerable<(string, string)> MentionsOutside(Dossier d) =>
            d.Entities.SelectMany(e => e.Mentions).Where(m => m.Doc != Victim).Select(m => (m.Doc, m.Text)).Order();
        Assert.NotEmpty(MentionsOutside(baseline));
        Assert.Equal(MentionsOutside(baseline), MentionsOutside(dossier));
        Assert.DoesNotContain(dossier.Entities.SelectMany(e => e.Mentions), m => m.Doc == Victim);
        Assert.Equal(baseline.Claims.Select(c => c.Id), dossier.Claims.Select(c => c.Id));
        var problem = Assert.Single(dossier.Problems);
        Assert.Equal(("03-victim.txt", "entities"), (problem.File, problem.Stage.Name));
        Assert.Contains("merge broke", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_TimelineThrowsOnOneDocument_OthersKeepDatesAndTimeline()
    {
        // Given the time pass (dates, inference, timeline across documents) throwing whenever one document takes part
        var pipeline = Replacing<TimePass>(new FailingWhenPresent(new TimePass(), Victim, () => new ArgumentOutOfRangeException("offset")));

        // When the run goes through
        var dossier = pipeline.Run(Input());
        var baseline = Baseline();

        // Then the other documents' dates are all present and the timeline is built from them
        var expected = baseline.Dates.Where(d => d.Doc != Victim).Select(d => (d.Doc, d.Start, d.Text)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, dossier.Dates.Select(d => (d.Doc, d.Start, d.Text)).ToList());
        Assert.NotEmpty(dossier.Timeline);
        Assert.DoesNotContain(dossier.Timeline, t => t.Docs.Contains(Victim));
        Assert.Equal(baseline.Claims.Count, dossier.Claims.Count);
        Assert.Contains(dossier.Problems, p => p.File == "03-victim.txt" && p.Stage.Name == "time");
    }

    [Theory]
    [InlineData("reuse")]
    [InlineData("reconciliation")]
    public void CrossDocumentPass_ThrowsOnOneDocument_ProblemNamesItAndOthersKeepTheirClaims(string stage)
    {
        // Given a cross-document pass that throws whenever one document takes part
        var pipeline = stage == "reuse"
            ? Replacing<ReusePass>(new FailingWhenPresent(new ReusePass(), Victim, () => new KeyNotFoundException("no profile")))
            : Replacing<ReconciliationPass>(new FailingWhenPresent(new ReconciliationPass(), Victim, () => new KeyNotFoundException("no profile")));

        // When the run goes through
        var dossier = pipeline.Run(Input());

        // Then the pass ran over the others and the problem names the document and the stage
        Assert.Equal(Baseline().Claims.Select(c => c.Id), dossier.Claims.Select(c => c.Id));
        var problem = Assert.Single(dossier.Problems);
        Assert.Equal(("03-victim.txt", stage), (problem.File, problem.Stage.Name));
        if (stage == "reconciliation")
        {
            Assert.NotEmpty(dossier.Series);
            Assert.DoesNotContain(dossier.Series, s => s.Points.Any(p => dossier.Claims.Single(c => c.Id == p).Doc == Victim));
        }
        else
        {
            Assert.NotEmpty(dossier.Clusters);
            Assert.DoesNotContain(dossier.Clusters, c => c.Docs.Contains(Victim));
        }
    }

    [Fact]
    public void InjectedPass_ThrowsAllocatesAndHangsOnDifferentDocuments_EachNamedOthersKept()
    {
        // Given an injected per-document pass that throws on one document, allocates far beyond its budget on another
        // and never finishes on a third
        var hostile = new PerDocumentHostilePass(throwOn: "d0000002", allocateOn: "d0000003", hangOn: "d0000005");
        var pipeline = new PipelineBuilder().UseDefaults().InsertAfter<FiguresPass>(hostile).Build();

        // When the run goes through
        var dossier = pipeline.Run(Input());

        // Then all claims of a clean run are present, and the three problems name their documents and the stage
        Assert.Equal(Baseline().Claims.Select(c => c.Id), dossier.Claims.Select(c => c.Id));
        var problems = dossier.Problems.Where(p => p.Stage.Name == "hostile").OrderBy(p => p.File, StringComparer.Ordinal).ToList();
        Assert.Equal(["02-storm.txt", "03-victim.txt", "05-fire.txt"], problems.Select(p => p.File));
        Assert.Contains("boom", problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("allocated", problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("budget", problems[2].Reason, StringComparison.Ordinal);
        Assert.Equal(2, hostile.Completed);
    }

    [Fact]
    public void Map_OutOfMemoryOnOneDocument_OthersKept()
    {
        // Given one document whose work fails with one huge allocation
        var (results, problems) = PerDocument.Map(s_docs, "figures",
            (d, _) => d.Id == Victim ? throw new OutOfMemoryException() : d.Text.Length, -1, CancellationToken.None);

        // Then only that document falls back, with a problem naming it
        Assert.Equal(s_docs.Select(d => d.Id == Victim ? -1 : d.Text.Length), results);
        var problem = Assert.Single(problems);
        Assert.Equal(("03-victim.txt", "figures"), (problem.File, problem.Stage.Name));
        Assert.Contains("memory", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pass_FailingWithNoDocumentsAtAll_ReportedAgainstAllDocuments()
    {
        // Given a pass that fails whatever its input
        var pipeline = new PipelineBuilder().UseDefaults().InsertAfter<FiguresPass>(new FailingWhenPresent(new FiguresPass(), null, () => new InvalidOperationException("always"))).Build();

        // When the run goes through
        var dossier = pipeline.Run(Input());

        // Then the failure is the pass's, not a document's, and the other passes' results stay
        var problem = Assert.Single(dossier.Problems);
        Assert.Equal("(all documents)", problem.File);
        Assert.Equal(Baseline().Claims.Count, dossier.Claims.Count);
    }

    /// <summary>Wraps a pass and throws whenever a given document is in its input (or always, when none is given).</summary>
    private sealed class FailingWhenPresent(IDossierPass inner, string? victim, Func<Exception> failure) : IDossierPass, ISectionProvider
    {
        public string Name => inner.Name;

        public IReadOnlyList<string> Sections => (inner as ISectionProvider)?.Sections ?? [];

        public Dossier Apply(Dossier dossier, CancellationToken cancellationToken) =>
            victim is null || dossier.Documents.Any(d => d.Id == victim) ? throw failure() : inner.Apply(dossier, cancellationToken);
    }

    /// <summary>A pass added through the builder whose per-document work misbehaves on chosen documents.</summary>
    private sealed class PerDocumentHostilePass(string throwOn, string allocateOn, string hangOn) : IDossierPass
    {
        private int _completed;

        public string Name => "hostile";

        public int Completed => _completed;

        public Dossier Apply(Dossier dossier, CancellationToken cancellationToken)
        {
            var (_, problems) = PerDocument.Map(dossier.Documents, Name, (doc, ct) =>
            {
                if (doc.Id == throwOn)
                {
                    throw new InvalidOperationException("boom");
                }
                if (doc.Id == allocateOn)
                {
                    var total = 0L;
                    for (var i = 0; i < 64; i++)
                    {
                        total += new byte[1 << 20].Length; // 64 MB in all, against a 16 MB budget
                    }
                    return total;
                }
                if (doc.Id == hangOn)
                {
                    while (true)
                    {
                        ct.ThrowIfCancellationRequested();
                        Thread.Sleep(5);
                    }
                }
                Interlocked.Increment(ref _completed);
                return 0L;
            }, 0L, cancellationToken, TimeSpan.FromMilliseconds(300), memoryBudget: 16L << 20);
            return dossier with { Problems = [.. dossier.Problems, .. problems] };
        }
    }
}
