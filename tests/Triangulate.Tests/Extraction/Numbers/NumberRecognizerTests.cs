using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Triangulate.Extraction.Numbers;

namespace Triangulate.Tests.Extraction.Numbers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("1,311", 1311)]
    [InlineData("1 311", 1311)]
    [InlineData("seven hundred and forty-five", 745)]
    [InlineData("a dozen", 12)]
    [InlineData("two thousand", 2000)]
    [InlineData("1.2 million", 1200000)]
    [InlineData("two thousand three hundred", 2300)]
    [InlineData("Twenty-eight", 28)]
    [InlineData("3.5", 3.5)]
    public void TryParse_Cardinal_ParsesValue(string text, double expected)
    {
        Assert.True(NumberRecognizer.TryParse(text, out var value), text);
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("In 2019 the flood came.", NumberKind.Year)]
    [InlineData("It began on March 6.", NumberKind.Date)]
    [InlineData("It hit at 4:17am.", NumberKind.Time)]
    [InlineData("a 14-year-long civil war", NumberKind.Age)]
    [InlineData("two brothers aged 12", NumberKind.Age)]
    [InlineData("about 10% of the population", NumberKind.Percent)]
    [InlineData("a bill of $20", NumberKind.Money)]
    [InlineData("under Article 205 of the code", NumberKind.Identifier)]
    [InlineData("one of the victims", NumberKind.Identifier)]
    [InlineData("the 260th hour", NumberKind.Ordinal)]
    [InlineData("two thirds", NumberKind.Fraction)]
    [InlineData("a 7.8-magnitude quake", NumberKind.Unit)]
    public void Recognize_NonCount_KindIsNotCount(string text, NumberKind kind)
    {
        var m = Assert.Single(NumberRecognizer.Recognize(text), x => x.Kind == kind);
        Assert.False(m.IsCount);
        Assert.Equal(m.Text, text[m.Start..m.End]);
    }

    [Theory]
    [InlineData("between 500 and 600", 500, 600)]
    [InlineData("500-600", 500, 600)]
    [InlineData("500 to 600", 500, 600)]
    [InlineData("the 100-to-300 spectrum", 100, 300)]
    public void Recognize_Range_LowAndHigh(string text, long low, long high)
    {
        var m = Assert.Single(NumberRecognizer.Recognize(text));
        Assert.Equal(NumberKind.Range, m.Kind);
        Assert.Equal(low, m.LowCount);
        Assert.Equal(high, m.HighCount);
    }

    [Theory]
    [InlineData("dozens of people", 12)]
    [InlineData("hundreds of civilians", 100)]
    [InlineData("tens of thousands of people", 10000)]
    [InlineData("tens of people", 10)]
    [InlineData("scores of people", 20)]
    public void Recognize_Vague_ConventionalLow(string text, long low)
    {
        var m = Assert.Single(NumberRecognizer.Recognize(text));
        Assert.Equal(NumberKind.Vague, m.Kind);
        Assert.Null(m.Value);
        Assert.Equal(low, m.LowCount);
    }

    [Fact]
    public void Recognize_HugeInputs_NoExceptionAndNoCount()
    {
        var digits = new string('9', 300);
        foreach (var text in new[] { "10^400 people", digits + " people", "1e999 deaths", digits + "." + digits })
        {
            var mentions = NumberRecognizer.Recognize(text);
            Assert.All(mentions.Where(m => m.IsCount), m => Assert.Null(m.Count));
        }
    }

    [Fact]
    public void Recognize_QualifierWords_ReadByQualifierReader()
    {
        const string text = "The toll has exceeded 1,000 and nearly 500 were hurt, with no fewer than 20 missing.";
        var counts = NumberRecognizer.Recognize(text).Where(m => m.IsCount).ToList();
        Assert.Equal(
            [Triangulate.Model.Qualifier.MoreThan, Triangulate.Model.Qualifier.About, Triangulate.Model.Qualifier.AtLeast],
            counts.Select(m => QualifierReader.Read(text, m).Qualifier).ToArray());
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property TryParse_AnyIntegerWrittenThreeWays_ParsesBack()
    {
        var gen = Gen.Choose(0, 999_999).SelectMany(hi => Gen.Choose(0, 999_999).Select(lo => ((long)hi * 1_000_000) + lo));
        return Prop.ForAll(gen.ToArbitrary(), n =>
        {
            var digits = n.ToString(CultureInfo.InvariantCulture);
            var grouped = n.ToString("#,0", CultureInfo.InvariantCulture);
            var words = Words(n);
            return Parses(digits, n) && Parses(grouped, n) && Parses(words, n);
        });
    }

    private static bool Parses(string text, long n) => NumberRecognizer.TryParse(text, out var v) && (long)Math.Round(v) == n;

    private static readonly string[] s_units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static string Words(long n)
    {
        if (n == 0)
        {
            return "zero";
        }
        var parts = new List<string>();
        foreach (var (scale, name) in new[] { (1_000_000_000_000L, "trillion"), (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
        {
            if (n >= scale)
            {
                parts.Add(Below1000(n / scale) + " " + name);
                n %= scale;
            }
        }
        if (n > 0)
        {
            parts.Add((parts.Count > 0 && n < 100 ? "and " : string.Empty) + Below1000(n));
        }
        return string.Join(' ', parts);
    }

    private static string Below1000(long n)
    {
        var s = new List<string>();
        if (n >= 100)
        {
            s.Add(s_units[n / 100] + " hundred");
            n %= 100;
            if (n > 0)
            {
                s.Add("and");
            }
        }
        if (n >= 20)
        {
            s.Add(s_tens[n / 10] + (n % 10 > 0 ? "-" + s_units[n % 10] : string.Empty));
        }
        else if (n > 0)
        {
            s.Add(s_units[n]);
        }
        return string.Join(' ', s);
    }
}
