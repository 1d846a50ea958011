using Triangulate.Pipeline;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cleaning;

public sealed class SampleCleaningTests
{
    [Fact]
    public void ReadAndClean_Sample_FiveDocumentsWithResidueAndRepeatRemoved()
    {
        // Given the sample corpus
        // When it is read and cleaned
        var (docs, problems) = Analyzer.ReadAndClean([Paths.Sample]);

        // Then
        Assert.Empty(problems);
        Assert.Equal(5, docs.Count);
        var d001 = docs.Single(d => d.Source.File.StartsWith("001", StringComparison.Ordinal));
        var repeated = Assert.Single(d001.Removed, r => r.Kind == "repeated_block");
        Assert.True(repeated.Text.Length > d001.Source.Text.Length / 3, "the whole duplicated body is one removed block");
        Assert.Equal(1, CountOf(d001.Text, "The UN's special envoy for Syria, Geir Pedersen"));

        var d002 = docs.Single(d => d.Source.File.StartsWith("002", StringComparison.Ordinal));
        Assert.Equal("2025-03-11", d002.StatedDate);
        Assert.DoesNotContain("SCROLL TO CONTINUE WITH CONTENT", d002.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Image: X)", d002.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", d002.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mi’raj News Agency (MINA)", d002.Text, StringComparison.Ordinal);
        Assert.Equal("Damascus", d002.Dateline?.Place);
        Assert.Equal("MINA", d002.Dateline?.Agency);

        var d003 = docs.Single(d => d.Source.File.StartsWith("003", StringComparison.Ordinal));
        Assert.Equal("www.thenationalnews.com", d003.Provenance);
        Assert.DoesNotContain("Original Source", d003.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_EveryDocument_OffsetsMapBackToTheSameCharacters()
    {
        var (docs, _) = Analyzer.ReadAndClean([Paths.Sample]);
        foreach (var doc in docs)
        {
            for (var i = 0; i < doc.Text.Length; i += 7)
            {
                Assert.Equal(doc.Text[i], doc.Source.Text[doc.Map.ToOriginal(i)]);
            }
            foreach (var r in doc.Removed)
            {
                Assert.Equal(r.Text, doc.Source.Text[r.Start..r.End]);
            }
        }
    }

    private static int CountOf(string text, string s)
    {
        var n = 0;
        for (var at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; at = text.IndexOf(s, at + 1, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }
}
