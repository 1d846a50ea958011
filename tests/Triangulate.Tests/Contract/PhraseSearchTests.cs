using System.Buffers;
using Triangulate.Model;

namespace Triangulate.Tests.Contract;

/// <summary><see cref="PhraseSearch"/> splits a phrase set so that each part runs the runtime's fast search; it must answer
/// exactly as one <see cref="SearchValues{T}"/> of the same phrases does, on any text.</summary>
public sealed class PhraseSearchTests
{
    // Letters that ignore-case matching treats specially (Kelvin sign, long s, dotless i, dotted I), other scripts, digits,
    // punctuation, spaces: phrases and texts are drawn from these.
    private static readonly string[] s_pieces =
    [
        "a", "b", "K", "k", "s", "S", "i", "I", "\u212A", "\u017F", "\u0131", "\u0130", "é", "É", "ж", "Ж", "版", "—", "©",
        "0", "7", "(", "[", " ", "\t", ".", "ab", "Ab", "day", "DAY", "q1", "— A", "sk", "ıs",
    ];

    private static string Draw(Random random, int maxPieces)
    {
        var n = random.Next(1, maxPieces + 1);
        var parts = new string[n];
        for (var i = 0; i < n; i++)
        {
            parts[i] = s_pieces[random.Next(s_pieces.Length)];
        }
        return string.Concat(parts);
    }

    [Theory]
    [InlineData(StringComparison.Ordinal)]
    [InlineData(StringComparison.OrdinalIgnoreCase)]
    public void IndexOfAnyAndContainsAny_SameAsOneSearchValuesOfThePhrases(StringComparison comparison)
    {
        var random = new Random(20261205);
        var checkedTexts = 0;
        var found = 0;
        for (var set = 0; set < 400; set++)
        {
            var phrases = Enumerable.Range(0, random.Next(1, 8)).Select(_ => Draw(random, 3)).ToArray();
            var expected = SearchValues.Create(phrases, comparison);
            var search = PhraseSearch.Create(phrases, comparison);
            for (var t = 0; t < 40; t++)
            {
                var text = Draw(random, 60);
                var want = text.AsSpan().IndexOfAny(expected);
                Assert.Equal(want, search.IndexOfAny(text));
                Assert.Equal(want >= 0, search.ContainsAny(text));
                checkedTexts++;
                found += want >= 0 ? 1 : 0;
            }
        }
        // Both outcomes were exercised.
        Assert.InRange(found, 1, checkedTexts - 1);
    }

    [Fact]
    public void IndexOfAny_SingleCharactersAndLongerPhrases_FindsTheEarliest()
    {
        var search = PhraseSearch.Create(["(", "Read more", "©"], StringComparison.Ordinal);
        Assert.Equal(4, search.IndexOfAny("abc Read more (x) ©"));
        Assert.Equal(2, search.IndexOfAny("x ©(Read more"));
        Assert.Equal(-1, search.IndexOfAny("nothing here"));
        Assert.False(search.ContainsAny("read MORE"));
        Assert.True(PhraseSearch.Create(["read more"], StringComparison.OrdinalIgnoreCase).ContainsAny("READ MORE"));
    }
}
