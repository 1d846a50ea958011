using System.IO.Compression;
using System.Text;
using Triangulate.Rendering;
using Triangulate.Rendering.Html;
using Triangulate.Rendering.Markdown;

namespace Triangulate.Tests.Rendering;

/// <summary>The streamed and vectorised paths of the renderers (issue 24) give the bytes of the whole-string paths they replaced.</summary>
public sealed class StreamedTextTests
{
    [Fact]
    public void Write_ChunkedBuilders_SameBytesAsEncodingTheWholeText()
    {
        // A surrogate pair split between two builders, a lone high surrogate at the very end, and chunks past the builder's chunk size.
        var a = new StringBuilder().Append('é', 9000).Append("🙂").Append('\uD83D');
        var b = new StringBuilder().Append('\uDE42').Append("tail ").Append('\uD800');
        var whole = a.ToString() + b;
        using var output = new MemoryStream();

        Utf8.Write(output, false, a, b);

        Assert.Equal(Encoding.UTF8.GetBytes(whole), output.ToArray());
    }

    [Fact]
    public void AppendPacked_ChunkedBuilder_SameBase64AsPackingTheWholeString()
    {
        // Many chunks (appended piece by piece, so the builder links small blocks), a surrogate pair across a chunk edge, a lone
        // surrogate, and more than one base64 slice of deflated output: the packed page must be the whole string's, and unpack to it.
        var text = new StringBuilder();
        var random = new Random(17);
        for (var i = 0; i < 4000; i++)
        {
            text.Append("row ").Append(random.Next(1_000_000)).Append(" «é» ");
        }
        text.Append('\uD83D');
        text.Append('\uDE42');
        for (var i = 0; i < 3000; i++)
        {
            text.Append((char)('a' + random.Next(26)));
        }
        text.Append('\uDC00').Append(" end");
        var chunks = 0;
        foreach (var _ in text.GetChunks())
        {
            chunks++;
        }
        Assert.True(chunks > 3);
        var whole = text.ToString();
        // The former whole-string path: all the UTF-8 bytes deflated in one write, then one base64 string.
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(whole));
        }
        var packed = new StringBuilder("<script>");

        PagedList.AppendPacked(packed, text);

        Assert.Equal("<script>" + Convert.ToBase64String(buffer.ToArray()), packed.ToString());
        Assert.Equal(PagedList.Pack(whole), packed.ToString()["<script>".Length..]);
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(whole)), PagedList.Unpack(packed.ToString()["<script>".Length..]));
    }

    [Theory]
    [InlineData("plain text with nothing to escape")]
    [InlineData("<b>\"Tom\" & 'Jerry'</b>")]
    [InlineData("a\u0001b\u007fc\u202Ed\u2066e\tf\ng\rh")]
    [InlineData("pair 🙂 lone \uD800 x \uDC00 end \uD83D")]
    public void AppendEscaped_SameAsEscapingCharacterByCharacter(string text)
    {
        var expected = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var rep = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => null };
            var drop = rep is null && ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007f' || Unicode.IsDirectionalFormatting(c)
                || (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))));
            if (rep is not null)
            {
                expected.Append(rep);
            }
            else if (!drop)
            {
                expected.Append(c);
            }
        }

        Assert.Equal(expected.ToString(), HtmlText.Escape(text));
    }

    [Theory]
    [InlineData("nothing to escape here", "nothing to escape here")]
    [InlineData("a|b [c] *d* _e_ `f` \\g", "a\\|b \\[c\\] \\*d\\* \\_e\\_ \\`f\\` \\\\g")]
    [InlineData("x<y>&z\r\nnext\tcol", "x&lt;y&gt;&amp;z next col")]
    [InlineData("zero\u200Bwidth\u202Eover\u00ADsoft", "zerowidthoversoft")]
    public void Cell_EscapesOnlyWhatItMust(string text, string expected) => Assert.Equal(expected, MarkdownRenderer.Cell(text));
}
