using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Extraction.Time;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>The word screen in front of the date shapes (which shapes' regexes run on a line) must never change what is found:
/// random lines built from time words, numbers and separators are read with and without it.</summary>
public sealed class TemporalScreenTests
{
    // Words every shape is built from, their near misses ("market", "decided", "weekly") and filler.
    private static readonly string[] s_words =
    [
        "January", "Feb.", "march", "Apr", "May", "june", "Jul", "August", "Sept", "sep", "Oct.", "November", "dec", "market", "decided", "mayor",
        "Monday", "tue", "Tues", "Wednesday", "thu", "thurs", "Friday", "Sat", "sunday", "monsoon", "fries", "Saturn",
        "today", "tonight", "yesterday", "tomorrow", "tmrw", "now", "week", "weeks", "weekend", "weekly", "month", "months", "year", "years",
        "day", "days", "night", "nights", "hours", "ago", "since", "earlier", "later", "before", "after", "into", "from", "hence",
        "this", "next", "last", "past", "previous", "coming", "following", "current", "upcoming", "the", "a", "an", "of", "in", "on", "by",
        "between", "and", "to", "through", "thru", "until", "till", "rest", "long", "morning", "afternoon", "evening",
        "first", "second", "third", "fourth", "fifth", "tenth", "twenty", "thirty", "one", "two", "three", "few", "several", "couple",
        "quarter", "half", "Q3", "h1", "spring", "summer", "fall", "autumn", "winter", "decade", "decades", "seventies", "noughties",
        "beginning", "start", "end", "middle", "mid", "dawn", "daybreak", "dusk", "noon", "midday", "overnight", "midnight", "anniversary",
        "am", "a.m.", "pm", "p.m.", "GMT", "UTC", "local", "time", "straight", "consecutive", "its", "their", "for", "search", "rescue",
        "attack", "quake", "fire", "crash", "began", "struck", "sank", "went", "down", "stormed", "killed",
        "people", "said", "officials", "river", "town", "were", "killed", "homes", "strength",
    ];

    private static readonly string[] s_numbers =
        ["3", "11", "27", "1st", "2nd", "3rd", "14th", "2025", "1998", "1970s", "'40s", "40’s", "2016-11", "3/2015", "03/11/2025",
         "2025-03-11", "4:17", "8.15", "1700", "12", "5", "2014-2018", "14-year", "4/22", "7.6", "19-20", "٣", "٣rd", "١٢/٣"];

    private static readonly string[] s_gaps = [" ", " ", " ", ", ", ". ", " - ", "-", "–", "/", " (", ") ", ": ", "'s ", "’s ", "; ", "  ", "\u00A0", "\t", ""];

    [Fact]
    public void Find_WithAndWithoutTheWordScreen_SameExpressionsOnRandomLines()
    {
        // Given 4,000 invented texts of three lines each, from time words, numbers and separators
        var random = new Random(20261205);
        var texts = Enumerable.Range(0, 4_000).Select(_ => RandomText(random)).ToList();
        var found = 0;
        foreach (var text in texts)
        {
            // When
            var screened = TemporalExtractor.Default.Find(text, fullScan: false);
            var full = TemporalExtractor.Default.Find(text, fullScan: true);
            // Then
            Assert.Equal(full, screened);
            found += full.Count;
        }
        Assert.True(found > 20_000, $"the random lines hold too few expressions to test the screen ({found})");
    }

    [Theory]
    [InlineData("The talks resumed in the third quarter of 2016, two weeks before the summer of 2017.")]
    [InlineData("Since the 1970s the town has flooded every decade; the rest of the week stays dry.")]
    [InlineData("Rain fell from 4 to 22 January and again on 3/4/2019 at 4:17 a.m. (01:17 GMT).")]
    [InlineData("The search, now in its eighth day, began the day after the quake struck at dawn.")]
    [InlineData("Last week\u212A on Friday (March 6) and the 27th of next month: the first Monday in ſpring.")]
    public void Find_WithAndWithoutTheWordScreen_SameExpressions(string text)
    {
        // Given the text
        // When
        var screened = TemporalExtractor.Default.Find(text, fullScan: false);
        var full = TemporalExtractor.Default.Find(text, fullScan: true);
        // Then
        Assert.NotEmpty(full);
        Assert.Equal(full, screened);
    }

    [Fact]
    public void FoldsToAscii_HoldsEveryCharacterTheShapesTakeForAnAsciiLetter()
    {
        // Given the case-insensitive regex options of the shapes
        var letter = new Regex("^[a-z]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var missing = new List<string>();
        // When every character outside ASCII is tried
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            var s = ((char)c).ToString();
            if (letter.IsMatch(s) && !TemporalExtractor.s_foldsToAscii.Contains((char)c))
            {
                missing.Add($"U+{c:X4}");
            }
        }
        // Then each one is in the set that switches the screen off
        Assert.Empty(missing);
    }

    [Fact]
    public void WhiteSpace_TheShapesMatchNoOtherThanCharIsWhiteSpace()
    {
        // Given the shapes' \s (the screen looks for "day" after a char.IsWhiteSpace character)
        var space = new Regex(@"^\s$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var other = new List<string>();
        // When every character is tried
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (space.IsMatch(((char)c).ToString()) && !char.IsWhiteSpace((char)c))
            {
                other.Add($"U+{c:X4}");
            }
        }
        // Then none is outside char.IsWhiteSpace
        Assert.Empty(other);
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        for (var line = 0; line < 3; line++)
        {
            var words = random.Next(3, 25);
            for (var i = 0; i < words; i++)
            {
                var pick = random.Next(10);
                var word = pick < 7 ? s_words[random.Next(s_words.Length)] : s_numbers[random.Next(s_numbers.Length)];
                if (random.Next(3) == 0)
                {
                    word = word.ToUpperInvariant();
                }
                else if (random.Next(300) == 0)
                {
                    word = word.Replace('k', '\u212A').Replace('s', '\u017F');
                }
                sb.Append(word).Append(s_gaps[random.Next(s_gaps.Length)]);
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
