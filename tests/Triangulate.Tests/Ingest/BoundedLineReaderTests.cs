using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>The buffered line reader of JSON Lines keeps the rules of the character-at-a-time reader it replaced (issue 24): carriage
/// returns dropped anywhere, a line over the limit reported once and skipped, the end of the text after a last line without a break.</summary>
public sealed class BoundedLineReaderTests
{
    // The reader it replaced, kept here as the reference.
    private static string? Reference(TextReader reader, int maxChars, out bool tooLong)
    {
        tooLong = false;
        var sb = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return sb.Length == 0 && !tooLong ? null : (tooLong ? string.Empty : sb.ToString());
            }
            if (c == '\n')
            {
                return tooLong ? string.Empty : sb.ToString();
            }
            if (!tooLong)
            {
                if (sb.Length >= maxChars)
                {
                    tooLong = true;
                    sb.Clear();
                }
                else if (c != '\r')
                {
                    sb.Append((char)c);
                }
            }
        }
    }

    private static List<(string? Line, bool TooLong)> All(Func<(string?, bool)> next)
    {
        var lines = new List<(string?, bool)>();
        while (true)
        {
            var (line, tooLong) = next();
            lines.Add((line, tooLong));
            if (line is null)
            {
                return lines;
            }
        }
    }

    [Theory]
    [InlineData("one\ntwo\nthree", 10)]
    [InlineData("one\r\ntwo\r\n\r\nlast\r\n", 10)]
    [InlineData("exactly ten\nabcdefghij\nabcdefghij\r\nabcdefghijk\nx", 10)]
    [InlineData("a\rb\rc\nab\r\r\r\n\r", 2)]
    [InlineData("", 5)]
    [InlineData("\n\n\n", 0)]
    [InlineData("a line much longer than the limit\nshort\n", 8)]
    public void ReadLine_SameLinesAsTheCharacterReader(string text, int max)
    {
        var reference = new StringReader(text);
        var buffered = new BoundedLineReader(new StringReader(text), max);

        var expected = All(() => (Reference(reference, max, out var tooLong), tooLong));
        var actual = All(() => (buffered.ReadLine(out var tooLong), tooLong));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ReadLine_LinesAcrossManyBuffers_SameLinesAsTheCharacterReader()
    {
        // Lines longer than the reader's buffer, with a break and a carriage return near every boundary.
        var sb = new StringBuilder();
        var random = new Random(7);
        for (var i = 0; i < 40; i++)
        {
            sb.Append('x', random.Next(0, 40_000)).Append(random.Next(3) == 0 ? "\r\n" : "\n");
        }
        var text = sb.ToString();
        foreach (var max in new[] { 1_000, 20_000, 100_000 })
        {
            var reference = new StringReader(text);
            var buffered = new BoundedLineReader(new StringReader(text), max);
            Assert.Equal(All(() => (Reference(reference, max, out var t), t)), All(() => (buffered.ReadLine(out var t), t)));
        }
    }
}
