namespace Triangulate.Extraction.Numbers;

/// <summary>What a recognized number is: a count (cardinal, range, vague amount) or something that only looks like one.</summary>
public enum NumberKind
{
    /// <summary>A plain cardinal: "745", "1,311", "seven hundred and forty-five", "1.2 million".</summary>
    Cardinal,
    /// <summary>A range: "between 500 and 600", "100-300", "100 to 300".</summary>
    Range,
    /// <summary>A vague amount with a conventional low/high: "dozens", "hundreds", "tens of thousands", "many".</summary>
    Vague,
    /// <summary>An ordinal: "first", "21st", "the 260th hour"; never a count.</summary>
    Ordinal,
    /// <summary>A percentage: "10%", "ten percent"; never a count.</summary>
    Percent,
    /// <summary>A fraction: "half", "two thirds", "3/4"; never a count.</summary>
    Fraction,
    /// <summary>A calendar year: "2011", "in 2023".</summary>
    Year,
    /// <summary>Part of a date: the day in "March 6", "6 March", "5/17/2018".</summary>
    Date,
    /// <summary>A clock time: "4:17am", "8.15 p.m.", "1700 GMT".</summary>
    Time,
    /// <summary>An age or a duration adjective: "aged 12", "12-year-old", "14-year-long".</summary>
    Age,
    /// <summary>A sum of money: "$20", "5 million dollars".</summary>
    Money,
    /// <summary>A measurement with a unit written onto it: "29km", "180ml", "7.8-magnitude".</summary>
    Unit,
    /// <summary>A label rather than a quantity: "Article 205", "channel \"112\"", a phone number, "one of the…".</summary>
    Identifier,
}

/// <summary>A number recognized in a text, with its offsets and resolved value.</summary>
/// <param name="Start">Offset of the first character in the text given to the recognizer.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The matched characters, verbatim.</param>
/// <param name="Kind">What kind of number it is.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record NumberMention(int Start, int End, string Text, NumberKind Kind)
{
    /// <summary>The value (for a range: null; for a vague amount: null; fractions and percentages as written, 10% → 10).</summary>
    public double? Value { get; init; }

    /// <summary>Range start, or a vague amount's conventional low (dozens → 12, hundreds → 100).</summary>
    public double? Low { get; init; }

    /// <summary>Range end, or a vague amount's conventional high; null when open.</summary>
    public double? High { get; init; }

    /// <summary>True when the number was written with a sign ("-5", "minus five").</summary>
    public bool Negative { get; init; }

    /// <summary>Why a number-like string is not a count (for <see cref="NumberKind.Identifier"/> and similar), for humans.</summary>
    public string? Reason { get; init; }

    /// <summary>For ranges: the two ends as their own mentions.</summary>
    public IReadOnlyList<NumberMention> Parts { get; init; } = [];

    /// <summary>True when this can count people or events: a cardinal, a range or a vague amount.</summary>
    public bool IsCount => Kind is NumberKind.Cardinal or NumberKind.Range or NumberKind.Vague;

    /// <summary>The value as an integer count when it is a whole, non-negative number no larger than 10^15; otherwise null (overflow is "not a count", never an exception).</summary>
    /// <remarks>A number written with a minus sign ("-5") is no count: a toll is never negative, and dropping the sign would invent one.</remarks>
    public long? Count => Negative ? null : ToCount(Value);

    /// <summary><see cref="Low"/> as an integer count, or null.</summary>
    public long? LowCount => ToCount(Low);

    /// <summary><see cref="High"/> as an integer count, or null.</summary>
    public long? HighCount => ToCount(High);

    internal static long? ToCount(double? v)
    {
        if (v is not { } d || !double.IsFinite(d) || d < 0 || d > 1e15 || Math.Abs(d - Math.Round(d)) > 1e-9)
        {
            return null;
        }
        return (long)Math.Round(d);
    }
}
