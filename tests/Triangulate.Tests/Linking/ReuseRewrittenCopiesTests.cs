using Triangulate.Linking.Reuse;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Linking;

/// <summary>Our own invented pile (Fixtures/Linking/rewritten-copies, described in its README): one wire story and the ways news
/// reuses it — another headline and lede with the end trimmed, a partial copy, a light rewrite, a next-day update, two machine
/// translations — and pairs that must stay apart: one statement quoted by two articles, one agency's background paragraph shared by
/// two stories, an independent report with the same toll.</summary>
public sealed class ReuseRewrittenCopiesTests
{
    private static string Folder => Path.Combine(Paths.Fixtures, "Linking", "rewritten-copies");

    private static IReadOnlyList<ReuseLink> Links()
    {
        var docs = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new DossierDocument(Path.GetFileNameWithoutExtension(f), Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        return new ReuseDetector().Detect(docs);
    }

    private static ReuseLink? Between(IReadOnlyList<ReuseLink> links, string a, string b) =>
        links.FirstOrDefault(l => (l.A == a && l.B == b) || (l.A == b && l.B == a));

    [Theory]
    [InlineData("wire", "headcopy")]
    [InlineData("wire", "partial")]
    [InlineData("wire", "light")]
    [InlineData("wire", "update")]
    [InlineData("trans1", "trans2")]
    public void Detect_CopyRewrittenOneWay_Linked(string a, string b)
    {
        // Given the pile
        // When
        var link = Between(Links(), a, b);

        // Then the copy is linked, and not as two articles quoting one source
        Assert.NotNull(link);
        Assert.NotEqual(ReuseKind.SameSourceQuoted, link.Kind);
    }

    [Theory]
    [InlineData("own")]
    [InlineData("boiler1")]
    [InlineData("boiler2")]
    [InlineData("quote1")]
    [InlineData("quote2")]
    public void Detect_IndependentArticle_NoReuseLink(string doc)
    {
        // Given the pile
        // When
        var links = Links().Where(l => (l.A == doc || l.B == doc) && l.A != l.B && l.Kind != ReuseKind.SameSourceQuoted).ToList();

        // Then an article that shares only a quoted statement, a background paragraph or the facts is linked to nothing
        Assert.Empty(links);
    }

    [Fact]
    public void Detect_OneStatementQuotedInFullByTwoArticles_SameSourceQuoted()
    {
        // Given the pile
        // When
        var link = Between(Links(), "quote1", "quote2");

        // Then
        Assert.NotNull(link);
        Assert.Equal(ReuseKind.SameSourceQuoted, link.Kind);
    }

    [Fact]
    public void Detect_BackgroundParagraphSharedWordForWord_NotACopyButALeadAndTwoParagraphsAre()
    {
        // Given two long sentences shared word for word, once as one paragraph and once as two
        const string background = "The valley lies in one of the wettest mountain regions of the country, where floods have killed more than 900 people since 2012. " +
            "Engineers say that building on the river banks and clearing the forests upstream have made each flood worse than the last.";
        var paragraphs = background.Replace(". Engineers", ".\nEngineers", StringComparison.Ordinal);
        const string first = "Farmers counted their losses on Monday after the river flooded fields across the lower valley.\nThe regional council promised help for the families who lost their harvest.\n";
        const string second = "A new bridge opened on Friday, three years after the old one was swept away.\nThe mayor cut the ribbon in front of a crowd of schoolchildren and veterans.\n";
        var docs = new[]
        {
            new DossierDocument("a", "a.txt", first + background),
            new DossierDocument("b", "b.txt", second + background),
            new DossierDocument("c", "c.txt", first + paragraphs),
            new DossierDocument("d", "d.txt", second + paragraphs),
        };

        // When
        var links = new ReuseDetector().Detect(docs);

        // Then the one shared paragraph links nothing, the same sentences in two paragraphs make a partial copy
        Assert.Null(Between(links, "a", "b"));
        Assert.Equal(ReuseKind.Copy, Between(links, "c", "d")?.Kind);
    }
}
