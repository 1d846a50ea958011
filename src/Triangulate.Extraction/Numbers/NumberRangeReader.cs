using Triangulate.Extraction.Figures;

namespace Triangulate.Extraction.Numbers;

/// <summary>An interval stated in text: "between 500 and 600", "more than 1,000", "above 1000 and below 1500", "at most 100".</summary>
/// <param name="Start">Offset of the first character of the words.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The words, verbatim.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record NumberInterval(int Start, int End, string Text)
{
    /// <summary>Lower bound, or null when open.</summary>
    public double? Low { get; init; }

    /// <summary>True when <see cref="Low"/> is included.</summary>
    public bool LowInclusive { get; init; }

    /// <summary>Upper bound, or null when open.</summary>
    public double? High { get; init; }

    /// <summary>True when <see cref="High"/> is included.</summary>
    public bool HighInclusive { get; init; }
}

/// <summary>Reads intervals: ranges ("between 20 and 30": [20, 30) as in Recognizers-Text), single bounds from qualifiers and
/// comparison signs ("more than 30", "&gt;= 30", "equal to 20"), and two bounds joined by "and"/"but"/a comma.</summary>
/// <remarks>Stateless and thread-safe; never throws.</remarks>
public static class NumberRangeReader
{
    private enum Bound
    {
        None,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
        Equal,
    }

    /// <summary>The intervals in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NumberInterval> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadCore(text);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return [];
        }
    }

    private static List<NumberInterval> ReadCore(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var mentions = NumberRecognizer.Recognize(text, tokens);
        var bounds = new List<(int T0, int T1, Bound Kind, double Value, NumberInterval? Range)>();
        foreach (var m in mentions)
        {
            var t0 = Tokenizer.FirstAtOrAfter(tokens, m.Start);
            var t1 = Tokenizer.FirstAtOrAfter(tokens, m.End);
            t1 = t1 < 0 ? tokens.Count : t1;
            if (m.Kind == NumberKind.Range && m.Low is { } lo && m.High is { } hi)
            {
                bounds.Add((t0, t1, Bound.None, 0, new NumberInterval(m.Start, m.End, m.Text) { Low = lo, LowInclusive = true, High = hi }));
                continue;
            }
            if (m.Kind is not (NumberKind.Cardinal or NumberKind.Fraction or NumberKind.Age or NumberKind.Year) || m.Value is not { } v)
            {
                continue;
            }
            var value = m.Negative ? -v : v;
            var (kind, s, e) = BoundOf(tokens, t0, t1, m.Kind);
            if (kind != Bound.None)
            {
                bounds.Add((s, e, kind, value, null));
            }
        }
        var result = new List<NumberInterval>();
        for (var i = 0; i < bounds.Count; i++)
        {
            var a = bounds[i];
            if (a.Range is { } r)
            {
                result.Add(r);
                continue;
            }
            if (i + 1 < bounds.Count && bounds[i + 1].Range is null)
            {
                var b = bounds[i + 1];
                var gap = b.T0 - a.T1;
                var joined = gap is >= 1 and <= 2 && Joiner(tokens, a.T1, b.T0);
                var (lower, upper) = IsLower(a.Kind) ? (a, b) : (b, a);
                if (joined && IsLower(a.Kind) != IsLower(b.Kind) && a.Kind != Bound.Equal && b.Kind != Bound.Equal && lower.Value < upper.Value)
                {
                    var s = tokens[a.T0].Start;
                    var e = tokens[b.T1 - 1].End;
                    result.Add(new NumberInterval(s, e, text[s..e])
                    {
                        Low = lower.Value, LowInclusive = lower.Kind == Bound.GreaterOrEqual, High = upper.Value, HighInclusive = upper.Kind == Bound.LessOrEqual,
                    });
                    i++;
                    continue;
                }
            }
            var start = tokens[a.T0].Start;
            var end = tokens[a.T1 - 1].End;
            result.Add(new NumberInterval(start, end, text[start..end])
            {
                Low = a.Kind is Bound.Greater or Bound.GreaterOrEqual or Bound.Equal ? a.Value : null,
                LowInclusive = a.Kind is Bound.GreaterOrEqual or Bound.Equal,
                High = a.Kind is Bound.Less or Bound.LessOrEqual or Bound.Equal ? a.Value : null,
                HighInclusive = a.Kind is Bound.LessOrEqual or Bound.Equal,
            });
        }
        return result;
    }

    private static bool IsLower(Bound b) => b is Bound.Greater or Bound.GreaterOrEqual;

    private static bool Joiner(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Lower is not ("and" or "but" or "," or "or"))
            {
                return false;
            }
        }
        return true;
    }

    private static (Bound Kind, int Start, int End) BoundOf(List<Token> tokens, int t0, int t1, NumberKind kind)
    {
        string At(int i) => i >= 0 && i < tokens.Count ? tokens[i].Lower : string.Empty;
        var start = t0;
        var bound = Bound.None;
        // Signs: ">10", ">= 30", "< = 100", "<-30" (the minus belongs to the number).
        if (At(t0 - 1) is ">" or "<" || (At(t0 - 1) == "=" && At(t0 - 2) is ">" or "<"))
        {
            var sign = At(t0 - 1) == "=" ? t0 - 2 : t0 - 1;
            var orEqual = At(t0 - 1) == "=";
            bound = At(sign) == ">" ? (orEqual ? Bound.GreaterOrEqual : Bound.Greater) : (orEqual ? Bound.LessOrEqual : Bound.Less);
            start = sign;
        }
        else
        {
            var (q, qs, _) = QualifierReader.Read(tokens, t0, t1, kind);
            bound = q switch
            {
                Qualifier.MoreThan => Bound.Greater,
                Qualifier.AtLeast => Bound.GreaterOrEqual,
                Qualifier.LessThan => Bound.Less,
                Qualifier.AtMost or Qualifier.UpTo => Bound.LessOrEqual,
                _ => Bound.None,
            };
            if (qs >= 0)
            {
                start = qs;
            }
            if (q == Qualifier.About && qs >= 0)
            {
                start = t0; // "about five hundred or more": the bound is the number's own
            }
            if (bound == Bound.None && (At(t0 - 1) is "to" && At(t0 - 2) is "equal" or "equals" or "equaling" || At(t0 - 1) is "equals"))
            {
                bound = Bound.Equal;
                start = At(t0 - 1) == "equals" ? t0 - 1 : t0 - 2;
            }
            if (bound == Bound.None && At(t0 - 1) == "than" && At(t0 - 2) is "equal" && At(t0 - 3) == "or")
            {
                var comparative = At(t0 - 4);
                bound = comparative is "more" or "higher" or "bigger" or "larger" or "greater" ? Bound.GreaterOrEqual : Bound.LessOrEqual;
                start = t0 - 4;
            }
        }
        var end = t1;
        // After the number: "or more", "or greater (than)", "or less", "or equal (to)".
        var nextIsBound = false;
        for (var k = end + 1; k <= end + 3 && k < tokens.Count; k++)
        {
            nextIsBound |= tokens[k].IsNumber || NumberLexicon.Units.ContainsKey(tokens[k].Lower) || NumberLexicon.Tens.ContainsKey(tokens[k].Lower)
                || NumberLexicon.Teens.ContainsKey(tokens[k].Lower) || tokens[k].Lower is "a" or "one" or "-";
        }
        if (At(end) is "or" or "and" && !nextIsBound)
        {
            var w = At(end + 1);
            if (w is "more" or "greater" or "higher" or "above")
            {
                bound = Bound.GreaterOrEqual;
                end += 2;
            }
            else if (w is "less" or "fewer" or "lower" or "below")
            {
                bound = Bound.LessOrEqual;
                end += 2;
            }
            else if (w == "equal" && bound is Bound.Greater or Bound.Less)
            {
                bound = bound == Bound.Greater ? Bound.GreaterOrEqual : Bound.LessOrEqual;
                end += 2;
                if (At(end) == "to")
                {
                    end++;
                }
            }
            if (At(end) == "than" && !(end < tokens.Count && end + 1 < tokens.Count && tokens[end + 1].IsNumber))
            {
                end++;
            }
        }
        if (bound == Bound.Equal && start < t0 && At(end) == "or" && At(end + 1) is "less" or "more")
        {
            bound = At(end + 1) == "less" ? Bound.LessOrEqual : Bound.GreaterOrEqual;
            end += 2;
        }
        return (bound, start, end);
    }
}
