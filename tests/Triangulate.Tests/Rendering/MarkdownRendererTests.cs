using Triangulate.Rendering.Markdown;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly string s_md = MarkdownRenderer.Render(SomeDossier.Small());

    [Fact]
    public void Render_AllSections_Present()
    {
        if (Environment.GetEnvironmentVariable("TRIANGULATE_DUMP_MD") is { Length: > 0 } file)
        {
            File.WriteAllText(file, s_md);
        }
        foreach (var heading in new[] { "## Headline figures", "## Flags", "## Claims", "## Timeline", "## Entities and places", "## Quotes", "## Copy graph", "## Documents" })
        {
            Assert.Contains(heading, s_md, StringComparison.Ordinal);
        }
        Assert.Contains("| killed | civilians | coastal provinces | 745 | **973** | 973 | 3 | 1 |", s_md, StringComparison.Ordinal);
        Assert.Contains("Wire Agency → Daily Courier: copy", s_md, StringComparison.Ordinal);
        Assert.Contains("**At least 745 civilians**", s_md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileText_NoRawHtmlOrLinks()
    {
        Assert.DoesNotContain("<script", s_md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", s_md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", s_md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript:", s_md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", s_md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Tables_EveryRowHasTheHeaderColumnCount()
    {
        var lines = s_md.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("|---", StringComparison.Ordinal) && !lines[i].StartsWith("|--:", StringComparison.Ordinal))
            {
                continue;
            }
            var columns = Cells(lines[i - 1]);
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                Assert.True(columns == Cells(lines[j]), $"line {j + 1}: {lines[j]}");
            }
        }

        static int Cells(string row)
        {
            var n = 0;
            for (var k = 0; k < row.Length; k++)
            {
                if (row[k] == '\\')
                {
                    k++;
                }
                else if (row[k] == '|')
                {
                    n++;
                }
            }
            return n;
        }
    }

    [Fact]
    public void Render_NothingExtracted_SaysSo()
    {
        var md = MarkdownRenderer.Render(SomeDossier.NothingExtracted());

        Assert.Contains("_Not extracted yet: this build has no stage that finds figure claims._", md, StringComparison.Ordinal);
        Assert.DoesNotContain("None found", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("x\\|y", "x\\\\\\|y")]
    [InlineData("[t](javascript:x)", "\\[t\\](javascript:x)")]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("line\r\nbreak", "line break")]
    public void Cell_Specials_Escaped(string text, string expected) => Assert.Equal(expected, MarkdownRenderer.Cell(text));
}
