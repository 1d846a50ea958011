using Triangulate.Evaluation;
using Triangulate.Linking.Reconciliation;
using Triangulate.Linking.Reuse;

namespace Triangulate.Tests.Linking;

public sealed class LinkingScorerTests
{
    private static GoldFile Gold() => new("/nowhere", new Dictionary<string, string> { ["000"] = "a.txt", ["001"] = "b.txt", ["002"] = "c.txt" })
    {
        Reuse = [new GoldReuse("001", "001", "repeat"), new GoldReuse("002", "000", "copy")],
        Flags = [new GoldFlag(["000", "001"], "time_scope_conflict", "x"), new GoldFlag(["002"], "components_exceed_total", "y")],
    };

    private static Dossier Dossier(IReadOnlyList<ReuseLink> reuse, IReadOnlyList<ConsistencyFlag> flags) => new()
    {
        Documents = [new DossierDocument("A", "a.txt", "t"), new DossierDocument("B", "b.txt", "t"), new DossierDocument("C", "c.txt", "t")],
        Reuse = reuse,
        Flags = flags,
    };

    [Fact]
    public void ReuseScorer_UnorderedPairsIncludingSelf_PrecisionRecall()
    {
        // Given one self-repeat found, the copy found in the other direction, and a false pair
        var dossier = Dossier([new ReuseLink("B", "B", ReuseKind.SelfRepeat, 1, []), new ReuseLink("A", "C", ReuseKind.Copy, 1, []), new ReuseLink("A", "B", ReuseKind.Paraphrase, 1, [])], []);

        // When
        var s = new ReuseScorer().Score(new EvalContext(Gold(), dossier, new Dictionary<string, string>()));

        // Then
        Assert.Equal(1.0, s.Metrics["recall"]);
        Assert.Equal(2.0 / 3, s.Metrics["precision"], 3);
        Assert.Contains(s.Notes, n => n.Contains("false pair 000↔001", StringComparison.Ordinal));
    }

    [Fact]
    public void FlagScorer_FlagInvolvingAnyGoldDocOfRightKind_Matches()
    {
        // Given a time-scope flag on doc B only (gold names 000 and 001) and an exceed flag of the wrong kind on C
        var dossier = Dossier([], [new ConsistencyFlag(FlagKind.TimeScopeConflict, ["c1"], ["B"], "d."), new ConsistencyFlag(FlagKind.ComponentsMatchTotal, ["c2"], ["C"], "d.")]);

        // When
        var s = new FlagScorer().Score(new EvalContext(Gold(), dossier, new Dictionary<string, string>()));

        // Then
        Assert.Equal(0.5, s.Metrics["recall"]);
        Assert.Single(s.Notes, n => n.StartsWith("missed", StringComparison.Ordinal));
        Assert.Equal(0.5, s.Metrics["precision"]);
    }

    [Fact]
    public void FlagScorer_TwoFlagsForOneGoldProblem_OneCountsAsFalse()
    {
        // Given two time-scope flags pointing at the same gold problem (000/001) and one right exceed flag on C
        var dossier = Dossier([], [new ConsistencyFlag(FlagKind.TimeScopeConflict, ["c1"], ["A"], "d."), new ConsistencyFlag(FlagKind.TimeScopeConflict, ["c2"], ["B"], "d."),
            new ConsistencyFlag(FlagKind.ComponentsExceedTotal, ["c3"], ["C"], "d.")]);

        // When
        var s = new FlagScorer().Score(new EvalContext(Gold(), dossier, new Dictionary<string, string>()));

        // Then: recall is complete, but only two of three predicted flags pair with a gold flag
        Assert.Equal(1.0, s.Metrics["recall"]);
        Assert.Equal(2.0 / 3, s.Metrics["precision"], 3);
        Assert.Contains(s.Notes, n => n.StartsWith("extra time_scope_conflict", StringComparison.Ordinal));
    }
}
