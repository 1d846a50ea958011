using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Cleaning;

namespace Triangulate.Tests.Cleaning;

/// <summary>The cleaner reads a line's words as spans and searches several words in one pass: each reader gives what the
/// string operations it replaces gave, on any text (the rules' outputs depend on it).</summary>
public sealed class LineReadingTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(500);

    // Lines with spaces, tabs, commas, digits of several scripts and letters that case-insensitive matching treats specially.
    private static Arbitrary<string> Lines()
    {
        var fragments = Gen.Elements(
            " ", "  ", "\t", ",", ", ", ",,", "a,b", "May,", "12", "٣", "۵", "Ⅻ", "½", "word", "Word", "WORD", "ſ", "\u212A", "İ", "ı",
            "·", "|", "—", "said", "News", "staff", "STAFF", "ſtaff", "Pic", "photo", "\u00A0", "\n");
        var piece = Gen.OneOf(fragments, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty));
        return Gen.ListOf(piece).Select(parts => string.Concat(parts)).ToArbitrary();
    }

    private static List<string> Read(ResidueLines.Words words)
    {
        var list = new List<string>();
        foreach (var w in words)
        {
            list.Add(w.ToString());
        }
        return list;
    }

    [Fact]
    public void Words_AnyLine_SameAsSplitOnSpacesAndTabs()
    {
        Prop.ForAll(Lines(), t =>
        {
            var expected = t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var words = new ResidueLines.Words(t);
            var i = 0;
            while (words.MoveNext())
            {
                // Each word is where it says it is.
                if (i >= expected.Length || words.Current.ToString() != expected[i] || t.Substring(words.Start, words.Current.Length) != expected[i])
                {
                    return false;
                }
                i++;
            }
            return i == expected.Length && ResidueLines.WordCount(t) == expected.Length;
        }).Check(s_config);
    }

    [Fact]
    public void CommaWords_AnyLine_SameAsSplitAfterSettingCommasApart()
    {
        Prop.ForAll(Lines(), t =>
        {
            var expected = t.Replace(",", " ,", StringComparison.Ordinal).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var actual = new List<string>();
            foreach (var w in new ResidueLines.CommaWords(t))
            {
                actual.Add(w.ToString());
            }
            return actual.SequenceEqual(expected);
        }).Check(s_config);
    }

    // The counts read 16 characters a step on long lines: lines of 0 to 200 characters of spaces, tabs and letters, with
    // runs of every length across the steps' edges.
    [Fact]
    public void WordCounts_LongLines_SameAsSplit()
    {
        var random = new Random(20261205);
        var alphabet = new[] { ' ', '\t', 'a', 'B', '7', '\u00A0', ',' };
        var longLines = 0;
        for (var k = 0; k < 3000; k++)
        {
            var chars = new char[random.Next(0, 201)];
            var spaceBias = random.Next(1, 6);
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(spaceBias + 3) < spaceBias ? ' ' : alphabet[random.Next(alphabet.Length)];
            }
            var t = new string(chars);
            Assert.Equal(t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length, ResidueLines.WordCount(t));
            Assert.Equal(t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, ResidueLines.SpaceSeparatedCount(t));
            longLines += t.Length > 32 ? 1 : 0;
        }
        Assert.True(longLines > 1000);
    }

    [Fact]
    public void SpaceSeparatedCount_AnyLine_SameAsSplitOnSpacesOnly()
    {
        Prop.ForAll(Lines(), t => ResidueLines.SpaceSeparatedCount(t) == t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).Check(s_config);
    }

    [Fact]
    public void HasDigit_AnyLine_SameAsAnyDigitOfAnyScript()
    {
        Prop.ForAll(Lines(), t => ResidueLines.HasDigit(t) == t.Any(char.IsDigit)).Check(s_config);
    }

    [Theory]
    [InlineData("Copyright notice: all ſtaff photos", "staff")] // long s reads as "s" when case is ignored
    [InlineData("Ma\u212Ae a comment", "make")] // the Kelvin sign reads as "k"
    [InlineData("READ THE NEWSLETTER", "newsletter")]
    public void MayHold_WordInAnyCase_IsFound(string line, string word) =>
        Assert.True(ResidueLines.MayHold(line, ResidueLines.AnyCase(word)));

    [Fact]
    public void MayHold_AnyLine_FindsWhatIgnoringCaseFinds()
    {
        var words = new[] { "staff", "news e", "comment" };
        var search = ResidueLines.AnyCase(words);
        Prop.ForAll(Lines(), t => !words.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)) || ResidueLines.MayHold(t, search)).Check(s_config);
    }

    [Fact]
    public void IdOf_AnyText_HashOfTheFoldedText()
    {
        // The id is SHA-256 of the case-folded, whitespace-collapsed text (UTF-8), 16 hex digits, however it is computed.
        Prop.ForAll(Lines(), t =>
        {
            var folded = new StringBuilder();
            var space = false;
            foreach (var c in t)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = folded.Length > 0;
                    continue;
                }
                if (space)
                {
                    folded.Append(' ');
                    space = false;
                }
                folded.Append(char.ToLowerInvariant(c));
            }
            var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString())))[..16];
            return BoilerplateCleaner.IdOf(t) == expected;
        }).Check(s_config);
    }

    [Fact]
    public void Words_LineOfSpacesAndTabs_NoWords() => Assert.Empty(Read(new ResidueLines.Words(" \t  \t")));
}
