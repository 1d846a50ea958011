using System.Globalization;

namespace Triangulate.Extraction.Numbers;

/// <summary>Recognizes numbers in English text: digits with separators and decimals, number words, magnitudes,
/// ranges, vague amounts, ordinals, percentages and fractions, and tells counts apart from years, dates, times,
/// ages, money, units and labels.</summary>
/// <remarks>Stateless and thread-safe. Never throws on any input: a numeral too large for a count (a 300-digit
/// string, "10^400") is recognized with no <see cref="NumberMention.Count"/>.</remarks>
public static class NumberRecognizer
{
    private enum Last
    {
        None,
        Article,
        Digits,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        And,
    }

    /// <summary>Every number in <paramref name="text"/>, in order, with offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<NumberMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, 0, text.Length);
    }

    /// <summary>Every number in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), with offsets into <paramref name="text"/>.</summary>
    public static IReadOnlyList<NumberMention> Recognize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return Recognize(text, Tokenizer.Tokenize(text, start, end));
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or OverflowException or InvalidOperationException or NullReferenceException)
        {
            // A recognizer bug must not stop a run; the document simply yields no numbers.
            return [];
        }
    }

    /// <summary>Parses <paramref name="text"/> as exactly one number (digits, separators, words, magnitudes).</summary>
    /// <returns>True when the whole text (ignoring surrounding spaces) is one cardinal.</returns>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var mentions = Recognize(text);
        var trimmed = text.Trim();
        var offset = text.IndexOf(trimmed, StringComparison.Ordinal);
        if (mentions.Count == 1 && mentions[0].Start == offset && mentions[0].End == offset + trimmed.Length
            && mentions[0].Value is { } v && mentions[0].Kind is NumberKind.Cardinal or NumberKind.Year)
        {
            value = mentions[0].Negative ? -v : v;
            return true;
        }
        return false;
    }

    internal static List<NumberMention> Recognize(string text, List<Token> tokens)
    {
        var raws = new List<Raw>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (TryVague(tokens, i, out var vague))
            {
                raws.Add(vague);
                i = vague.T1;
                continue;
            }
            if (TryCompound(text, tokens, i, out var raw))
            {
                raws.Add(raw);
                i = Math.Max(raw.T1, i + 1);
                continue;
            }
            i++;
        }
        for (var k = 0; k < raws.Count; k++)
        {
            raws[k] = Classify(text, tokens, raws, k);
        }
        // Numbers inside a URL are part of an address, not quantities.
        raws.RemoveAll(r => InsideUrl(text, tokens[r.T0].Start));
        raws = MergeFractions(tokens, raws);
        var merged = MergeRanges(tokens, raws);
        var result = new List<NumberMention>(merged.Count);
        foreach (var r in merged)
        {
            result.Add(ToMention(text, tokens, r));
        }
        return result;
    }

    private static NumberMention ToMention(string text, List<Token> tokens, Raw r)
    {
        var s = tokens[r.T0].Start;
        var e = tokens[r.T1 - 1].End;
        return new NumberMention(s, e, text[s..e], r.Kind)
        {
            Value = r.Kind is NumberKind.Range or NumberKind.Vague ? null : r.Value,
            Low = r.Low,
            High = r.High,
            Negative = r.Negative,
            Reason = r.Reason,
            Parts = r.Parts is null ? [] : [.. r.Parts.Select(p => ToMention(text, tokens, p))],
        };
    }

    private static bool TryVague(List<Token> tokens, int i, out Raw raw)
    {
        raw = default;
        var t = tokens[i];
        if (!t.IsWord)
        {
            return false;
        }
        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : string.Empty;
        var next2 = i + 2 < tokens.Count ? tokens[i + 2].Lower : string.Empty;
        if (NumberLexicon.Vague.TryGetValue(t.Lower, out var range))
        {
            // "tens of", "scores of"; bare only before a casualty word ("Scores killed", "tens injured", "scores more"): never "the scores were level".
            if (t.Lower is "tens" or "scores" && next != "of" && !(next is "killed" or "dead" or "died" or "injured" or "wounded" or "hurt" or "missing" or "more"))
            {
                return false;
            }
            // "three dozens" / "five hundreds" belong to the compound before them.
            if (i > 0 && (tokens[i - 1].IsNumber || NumberLexicon.Units.ContainsKey(tokens[i - 1].Lower) || NumberLexicon.Tens.ContainsKey(tokens[i - 1].Lower) || NumberLexicon.Teens.ContainsKey(tokens[i - 1].Lower)))
            {
                return false;
            }
            var end = i + 1;
            // "tens of thousands", "hundreds of thousands": the larger scale multiplies the smaller.
            if (next == "of" && NumberLexicon.Vague.TryGetValue(next2, out var scale) && scale.Low > range.Low)
            {
                range = (range.Low * scale.Low, (range.Low * scale.Low * 10) - 1);
                end = i + 3;
            }
            raw = new Raw(i, end, NumberKind.Vague) { Low = range.Low, High = range.High };
            return true;
        }
        if (NumberLexicon.WeakVague.TryGetValue(t.Lower, out var weak))
        {
            var prev = i > 0 ? tokens[i - 1].Lower : string.Empty;
            if (t.Lower == "few" && prev != "a")
            {
                return false;
            }
            if (t.Lower == "many" && prev is "how" or "so" or "too" or "as")
            {
                return false;
            }
            var s = t.Lower == "few" ? i - 1 : i;
            raw = new Raw(s, i + 1, NumberKind.Vague) { Low = weak.Low, High = double.IsNaN(weak.High) ? null : weak.High, Reason = "weak" };
            return true;
        }
        if (t.Lower == "handful" && i > 0 && tokens[i - 1].Lower == "a")
        {
            raw = new Raw(i - 1, i + 1, NumberKind.Vague) { Low = 2, High = 5, Reason = "weak" };
            return true;
        }
        return false;
    }

    /// <summary>True when the number words from <paramref name="at"/> end in a fraction denominator ("three quarters", "two fifths").</summary>
    private static bool FractionFollows(List<Token> tokens, int at)
    {
        for (var k = at; k < tokens.Count && k < at + 5; k++)
        {
            var w = tokens[k].Lower;
            if (NumberLexicon.Ordinals.TryGetValue(w, out _) && (w.EndsWith('s') || w is "half" or "quarter"))
            {
                return true;
            }
            if (!(IsNumberWord(w) || w is "-" || tokens[k].IsNumber))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsNumberWord(string w) =>
        NumberLexicon.Units.ContainsKey(w) || NumberLexicon.Teens.ContainsKey(w) || NumberLexicon.Tens.ContainsKey(w);

    /// <summary>What one token does to a number read word by word: joins it, ends it, or completes a reading of its own.</summary>
    private enum Step
    {
        Next,
        Stop,
        Read,
    }

    /// <summary>The running state of a number read word by word ("two hundred and five thousand"): the value of the completed
    /// scales, the value since the last scale, the smallest scale so far, the kind of the last token, the next token and the end.</summary>
    private struct Compound
    {
        public double Total;
        public double Current;
        public double LastScale;
        public Last Last;
        public int J;
        public int End;

        /// <summary>Takes the token at <see cref="J"/> into the number as a <paramref name="last"/>.</summary>
        public Step Take(Last last)
        {
            Last = last;
            J++;
            End = J;
            return Step.Next;
        }
    }

    private static bool TryCompound(string text, List<Token> tokens, int i, out Raw raw)
    {
        var negative = IsSign(tokens, i);
        var startTok = negative ? i + 1 : i;
        var c = new Compound { LastScale = double.MaxValue, Last = Last.None, J = startTok, End = i };
        if (CompoundOpening(tokens, ref c, out raw))
        {
            return true;
        }
        while (c.J < tokens.Count)
        {
            var step = CompoundStep(text, tokens, i, startTok, negative, ref c, out raw);
            if (step == Step.Read)
            {
                return true;
            }
            if (step == Step.Stop)
            {
                break;
            }
        }
        if (c.End <= startTok)
        {
            return false;
        }
        raw = CompoundTail(tokens, i, startTok, negative, ref c);
        return true;
    }

    /// <summary>What can open a number in words: a vulgar fraction ("½"), an article before a scale, dozen or ordinal ("a hundred",
    /// "a third"), "half a dozen". True when the opening is a whole reading.</summary>
    private static bool CompoundOpening(List<Token> tokens, ref Compound c, out Raw raw)
    {
        raw = default;
        var n = tokens.Count;
        var j = c.J;
        // Vulgar fractions: "½", "¾", "⅔".
        if (j < n && tokens[j].Type == TokenType.Punct && VulgarFraction(tokens[j].Lower) is { } vf)
        {
            raw = new Raw(j, j + 1, NumberKind.Fraction) { Value = vf };
            return true;
        }
        if (j < n && tokens[j].IsWord && tokens[j].Lower is "a" or "an" && j + 1 < n
            && (tokens[j + 1].Lower is "hundred" or "dozen" || NumberLexicon.Scales.ContainsKey(tokens[j + 1].Lower)
                || (NumberLexicon.Ordinals.ContainsKey(tokens[j + 1].Lower) && tokens[j + 1].Lower is not "second" and not "first" and not "seconds")))
        {
            c.Current = 1;
            c.Last = Last.Article;
            c.J++;
        }
        else if (j < n && tokens[j].Lower == "half" && j + 2 < n && tokens[j + 1].Lower == "a" && tokens[j + 2].Lower is "dozen")
        {
            raw = new Raw(j, j + 3, NumberKind.Cardinal) { Value = 6 };
            return true;
        }
        return false;
    }

    /// <summary>Reads the token at <see cref="Compound.J"/>: digits, a hyphen inside a number, a number word, or a connector.</summary>
    private static Step CompoundStep(string text, List<Token> tokens, int i, int startTok, bool negative, ref Compound c, out Raw raw)
    {
        raw = default;
        var tk = tokens[c.J];
        if (tk.IsNumber)
        {
            return DigitsStep(text, tokens, i, negative, tk, ref c, out raw);
        }
        if (!tk.IsWord)
        {
            if (HyphenJoins(tokens, c.J, c.Last, c.Current))
            {
                c.J++;
                return Step.Next;
            }
            return Step.Stop;
        }
        return NumberWordStep(tk.Lower, ref c) ?? ConnectorStep(tokens, tk.Lower, i, startTok, negative, ref c, out raw);
    }

    /// <summary>Digits: the number's first token (then what is written onto it), or digits after a scale ("two thousand 500").</summary>
    private static Step DigitsStep(string text, List<Token> tokens, int i, bool negative, Token tk, ref Compound c, out Raw raw)
    {
        raw = default;
        var n = tokens.Count;
        var j = c.J;
        if (c.Last == Last.None)
        {
            c.Current = tk.Value;
            c.Take(Last.Digits);
            return TryDigitForm(text, tokens, i, c.J, tk, c.Current, negative, out raw) ? Step.Read : Step.Next;
        }
        if (c.Last is Last.Scale or Last.Hundred or Last.And && !tk.Decimal && tk.Value < Math.Min(c.LastScale, 1000) && tk.Value > 0
            && ((c.Current % 100 == 0 && tk.Value < 100) || c.Current == 0)
            && !(j + 1 < n && (tokens[j + 1].Lower is "hundred" || NumberLexicon.Scales.ContainsKey(tokens[j + 1].Lower))))
        {
            c.Current += tk.Value;
            return c.Take(Last.Digits);
        }
        return Step.Stop;
    }

    /// <summary>A number word: units, teens, tens, "hundred", a scale, "dozen"; null when the word is none of them.</summary>
    private static Step? NumberWordStep(string w, ref Compound c)
    {
        if (NumberLexicon.Units.TryGetValue(w, out var u))
        {
            // "one two" is two numbers; "twenty one" is one.
            if (c.Last is Last.None or Last.Tens or Last.Hundred or Last.Scale or Last.And)
            {
                c.Current += u;
                return c.Take(Last.Unit);
            }
            return Step.Stop;
        }
        if (NumberLexicon.Teens.TryGetValue(w, out var te))
        {
            if (c.Last is Last.None or Last.Hundred or Last.Scale or Last.And)
            {
                c.Current += te;
                return c.Take(Last.Teen);
            }
            return Step.Stop;
        }
        if (NumberLexicon.Tens.TryGetValue(w, out var tn))
        {
            if (c.Last is Last.None or Last.Hundred or Last.Scale or Last.And)
            {
                c.Current += tn;
                return c.Take(Last.Tens);
            }
            return Step.Stop;
        }
        if (w is "hundred" || (w is "hundreds" && c.Last is Last.Digits or Last.Unit or Last.Teen or Last.Tens))
        {
            if (c.Last is Last.Article or Last.Digits or Last.Unit or Last.Teen or Last.Tens && c.Current > 0)
            {
                c.Current *= 100;
                return c.Take(Last.Hundred);
            }
            return Step.Stop;
        }
        if (NumberLexicon.Scales.TryGetValue(w, out var scale))
        {
            if (c.Last is Last.Article or Last.Digits or Last.Unit or Last.Teen or Last.Tens or Last.Hundred && scale < c.LastScale && c.Current > 0)
            {
                c.Total += c.Current * scale;
                c.Current = 0;
                c.LastScale = scale;
                return c.Take(Last.Scale);
            }
            return Step.Stop;
        }
        if (w is "dozen" or "dozens" or "dz" or "dzs" or "doz" or "dozs")
        {
            if (c.Last is Last.Article or Last.Digits or Last.Unit or Last.Teen or Last.Tens)
            {
                c.Current *= 12;
                return c.Take(Last.Hundred);
            }
            return Step.Stop;
        }
        return null;
    }

    /// <summary>A word that joins or ends a number in words: "and" before more number words, "point" before spoken decimals,
    /// "half"/"quarter" before a scale, an ordinal or fraction word; anything else ends the number.</summary>
    private static Step ConnectorStep(List<Token> tokens, string w, int i, int startTok, bool negative, ref Compound c, out Raw raw)
    {
        raw = default;
        var n = tokens.Count;
        var j = c.J;
        if (w == "and" && c.Last is Last.Hundred or Last.Scale && j + 1 < n && (tokens[j + 1].IsNumber || IsNumberWord(tokens[j + 1].Lower)) && !FractionFollows(tokens, j + 1))
        {
            c.Last = Last.And;
            c.J++;
            return Step.Next;
        }
        if (w == "point" && c.Last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Scale && j + 1 < n && IsNumberWord(tokens[j + 1].Lower))
        {
            var (frac, k) = SpokenDecimals(tokens, j + 1);
            c.Current += frac ?? 0;
            c.J = k;
            c.End = k;
            return Step.Stop;
        }
        if (c.Last == Last.None && w is "half" or "quarter" && j + 1 < n && NumberLexicon.Scales.TryGetValue(tokens[j + 1].Lower, out var hs))
        {
            raw = new Raw(j, j + 2, NumberKind.Cardinal) { Value = w == "half" ? hs / 2 : hs / 4 };
            return Step.Read;
        }
        if (NumberLexicon.Ordinals.TryGetValue(w, out var ord))
        {
            return TryOrdinalWord(w, ord, c.Last, i, j, startTok, c.Total, c.Current, negative, out raw) ? Step.Read : Step.Stop;
        }
        return Step.Stop;
    }

    /// <summary>The end of a number in words: an unread scale word ("10 zillion") leaves the value unknown; "and a half" adds to it.</summary>
    private static Raw CompoundTail(List<Token> tokens, int i, int startTok, bool negative, ref Compound c)
    {
        var n = tokens.Count;
        var end = c.End;
        // "10 zillion", "a gazillion": a scale word we cannot read leaves the value unknown rather than wrong.
        if (end < n && tokens[end].IsWord && (tokens[end].Lower.EndsWith("illion", StringComparison.Ordinal) || tokens[end].Lower.EndsWith("illions", StringComparison.Ordinal))
            && !NumberLexicon.Scales.ContainsKey(tokens[end].Lower))
        {
            return new Raw(negative ? i : startTok, end + 1, NumberKind.Cardinal) { Value = null, Negative = negative, Reason = "unread scale word" };
        }
        // "one and a half", "five and a half million".
        if (end + 2 < n && tokens[end].Lower == "and" && tokens[end + 1].Lower is "a" or "one" && tokens[end + 2].Lower is "half" or "quarter")
        {
            var part = tokens[end + 2].Lower == "half" ? 0.5 : 0.25;
            c.Current += c.Current == 0 && c.LastScale < double.MaxValue ? part * c.LastScale : part;
            end += 3;
            if (end < n && NumberLexicon.Scales.TryGetValue(tokens[end].Lower, out var s2) && c.Total == 0)
            {
                c.Current *= s2;
                end++;
            }
        }
        return new Raw(negative ? i : startTok, end, NumberKind.Cardinal) { Value = c.Total + c.Current, Negative = negative };
    }

    // A hyphen inside a number in words: "twenty-one", "twenty-first", "one-eighth", "five - eighths".
    private static bool HyphenJoins(List<Token> tokens, int j, Last last, double current)
    {
        var n = tokens.Count;
        var tk = tokens[j];
        if (tk.Lower == "-" && last == Last.Tens && j + 1 < n && NumberLexicon.Units.ContainsKey(tokens[j + 1].Lower))
        {
            return true;
        }
        if (tk.Lower == "-" && last == Last.Tens && j + 1 < n && NumberLexicon.Ordinals.TryGetValue(tokens[j + 1].Lower, out var o) && o < 10)
        {
            return true;
        }
        // "one-eighth", "five - eighths".
        return tk.Lower == "-" && last is Last.Unit or Last.Teen && j + 1 < n && NumberLexicon.Ordinals.ContainsKey(tokens[j + 1].Lower)
            && (tokens[j + 1].Lower.EndsWith('s') || current == 1) && tokens[j + 1].Lower is not "first" and not "second" and not "seconds";
    }

    // The digits spoken after "point" ("three point two five"), from tokens[k]: their value as a fraction (null when none parse)
    // and the token after them.
    private static (double? Fraction, int Next) SpokenDecimals(List<Token> tokens, int k)
    {
        var n = tokens.Count;
        var digits = new System.Text.StringBuilder();
        while (k < n && tokens[k].IsWord && (NumberLexicon.Units.TryGetValue(tokens[k].Lower, out var dv) || NumberLexicon.Teens.TryGetValue(tokens[k].Lower, out dv) || NumberLexicon.Tens.TryGetValue(tokens[k].Lower, out dv)))
        {
            if (NumberLexicon.Tens.ContainsKey(tokens[k].Lower) && k + 2 < n && tokens[k + 1].Lower == "-" && NumberLexicon.Units.TryGetValue(tokens[k + 2].Lower, out var uv))
            {
                dv += uv;
                k += 2;
            }
            digits.Append(dv.ToString(CultureInfo.InvariantCulture));
            k++;
        }
        return (double.TryParse("0." + digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var frac) ? frac : null, k);
    }

    // A minus sign before a number: the word "minus"/"negative", or a "-" written onto the digits (not a list bullet).
    private static bool IsSign(List<Token> tokens, int i)
    {
        var n = tokens.Count;
        var first = tokens[i];
        if (first.IsWord && first.Lower is "minus" or "negative" && i + 1 < n && (tokens[i + 1].IsNumber || IsNumberWord(tokens[i + 1].Lower)))
        {
            return true;
        }
        return first.Lower == "-" && i + 1 < n && tokens[i + 1].IsNumber
            // A sign is written onto the digits: "- 1,541 deaths" opening a line is a list bullet, not a minus.
            && (((i == 0 || (!tokens[i - 1].IsNumber && !tokens[i - 1].IsWord && tokens[i - 1].Lower is not ")" and not "-")) && tokens[i + 1].Start == first.End)
                // "rose to -5": a sign written onto the digits after a space is a minus even after a word.
                || (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].End < first.Start && tokens[i + 1].Start == first.End));
    }

    // A number written in digits, at tokens[j - 1] = tk, followed by what can make it something else: a power, a clock time,
    // a suffix written onto it ("10k", "21st", "29km"), a magnitude letter, a fraction or a date.
    private static bool TryDigitForm(string text, List<Token> tokens, int i, int j, Token tk, double current, bool negative, out Raw raw)
    {
        raw = default;
        var n = tokens.Count;
        // Scientific notation and powers first: "1e10", "1.1^23", "1.3x10^6".
        if (TryPower(text, tokens, j, current, out var powered0, out var powEnd0))
        {
            raw = new Raw(i, powEnd0, NumberKind.Cardinal) { Value = powered0, Negative = negative };
            return true;
        }
        // Clock time "4:17am", "01:17".
        if (j + 1 < n && tokens[j].Lower == ":" && tokens[j].Start == tk.End && tokens[j + 1].IsNumber && tokens[j + 1].Start == tokens[j].End)
        {
            var tEnd = j + 2;
            if (tEnd < n && tokens[tEnd].IsWord && tokens[tEnd].Start == tokens[j + 1].End)
            {
                tEnd++;
            }
            raw = new Raw(i, tEnd, NumberKind.Time) { Value = current, Reason = "clock time" };
            return true;
        }
        // Suffix written onto the digits: "10k", "21st", "29km", "1715GMT".
        if (j < n && tokens[j].IsWord && tokens[j].Start == tk.End)
        {
            var suffix = text[tokens[j].Start..tokens[j].End];
            var lower = tokens[j].Lower;
            if (lower is "st" or "nd" or "rd" or "th" && !tk.Decimal)
            {
                raw = new Raw(i, j + 1, NumberKind.Ordinal) { Value = current, Negative = negative };
                return true;
            }
            if (NumberLexicon.DigitSuffixes.TryGetValue(suffix, out var mult))
            {
                raw = new Raw(i, j + 1, NumberKind.Cardinal) { Value = current * mult, Negative = negative };
                return true;
            }
            if (NumberLexicon.TimeWords.Contains(lower))
            {
                raw = new Raw(i, j + 1, NumberKind.Time) { Value = current };
                return true;
            }
            if (lower is "s" && tk.Length == 4)
            {
                raw = new Raw(i, j + 1, NumberKind.Year) { Value = current };
                return true;
            }
            raw = new Raw(i, j + 1, NumberKind.Unit) { Value = current, Reason = "unit written onto the number" };
            return true;
        }
        // "1,674.5 G", "10 M": a capital magnitude letter standing alone after the number.
        if (j < n && tokens[j].IsWord && tokens[j].Length == 1 && text[tokens[j].Start] is 'G' or 'M' or 'B' or 'K' && tokens[j].Start - tk.End <= 2
            && (j + 1 >= n || !tokens[j + 1].IsWord))
        {
            raw = new Raw(i, j + 1, NumberKind.Cardinal) { Value = current * NumberLexicon.DigitSuffixes[text[tokens[j].Start].ToString()], Negative = negative };
            return true;
        }
        // "2.33 k", "10 bln".
        if (j < n && tokens[j].IsWord && tokens[j].Lower is "k" && tokens[j].Start - tk.End <= 2)
        {
            raw = new Raw(i, j + 1, NumberKind.Cardinal) { Value = current * 1e3, Negative = negative };
            return true;
        }
        // "3/4", "5/17/2018" (not the later parts of a date or a phone number).
        if (j + 1 < n && tokens[j].Lower == "/" && !(i > 0 && tokens[i - 1].Lower is "/" or "-" && tokens[i - 1].End == tk.Start) && tokens[j].Start == tk.End && tokens[j + 1].IsNumber && tokens[j + 1].Start == tokens[j].End)
        {
            if (j + 3 < n && tokens[j + 2].Lower == "/" && tokens[j + 3].IsNumber && tokens[j + 2].Start == tokens[j + 1].End)
            {
                raw = new Raw(i, j, NumberKind.Date) { Value = current, Reason = "date" };
                return true;
            }
            var denominator = tokens[j + 1].Value;
            raw = new Raw(i, j + 2, NumberKind.Fraction) { Value = denominator == 0 ? null : current / denominator, Negative = negative };
            return true;
        }
        // Scientific notation and powers: "1e10", "1.1^23", "1.3x10^6".
        if (TryPower(text, tokens, j, current, out var powered, out var powEnd))
        {
            raw = new Raw(i, powEnd, NumberKind.Cardinal) { Value = powered, Negative = negative };
            return true;
        }
        return false;
    }

    // An ordinal or fraction word ("third", "thirds", "half") after what was read so far: an ordinal ("twenty-first"),
    // a fraction ("a third", "two thirds") or a scaled ordinal ("two hundredth"); false when it ends the number instead.
    private static bool TryOrdinalWord(string w, double ord, Last last, int i, int j, int startTok, double total, double current, bool negative, out Raw raw)
    {
        raw = default;
        var plural = w.EndsWith('s') && w is not "halves";
        if (last == Last.None && w is not "half" and not "quarter" and not "halves" and not "quarters" && !plural)
        {
            raw = new Raw(j, j + 1, NumberKind.Ordinal) { Value = ord };
            return true;
        }
        if (last == Last.Article)
        {
            raw = new Raw(startTok, j + 1, NumberKind.Fraction) { Value = 1 / ord, Negative = negative };
            return true;
        }
        if (last == Last.Tens && ord < 10 && !plural)
        {
            raw = new Raw(i, j + 1, NumberKind.Ordinal) { Value = total + current + ord };
            return true;
        }
        if (last is Last.Unit or Last.Teen or Last.Tens or Last.Digits && (plural || current == 1 || w is "half" or "quarter") && !(last == Last.Digits && !plural))
        {
            raw = new Raw(i, j + 1, NumberKind.Fraction) { Value = (total + current) / ord, Negative = negative };
            return true;
        }
        if (!plural && ord >= 100 && last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Scale)
        {
            raw = new Raw(i, j + 1, NumberKind.Ordinal) { Value = (total + current) * ord }; // "two hundredth", "three trillionth"
            return true;
        }
        if (last == Last.None && w is "half" or "quarter")
        {
            raw = new Raw(j, j + 1, NumberKind.Fraction) { Value = 1 / ord };
            return true;
        }
        return false;
    }

    private static double? VulgarFraction(string c) => c switch
    {
        "½" => 0.5, "⅓" => 1.0 / 3, "⅔" => 2.0 / 3, "¼" => 0.25, "¾" => 0.75, "⅕" => 0.2, "⅖" => 0.4, "⅗" => 0.6, "⅘" => 0.8,
        "⅙" => 1.0 / 6, "⅚" => 5.0 / 6, "⅛" => 0.125, "⅜" => 0.375, "⅝" => 0.625, "⅞" => 0.875,
        _ => null,
    };

    private static bool TryPower(string text, List<Token> tokens, int j, double mantissa, out double value, out int end)
    {
        value = 0;
        end = j;
        var n = tokens.Count;
        // "1e10", "12.32e+14": the tokenizer gives a word "e10"/"e" right after the digits.
        if (j < n && tokens[j].IsWord && tokens[j].Start == tokens[j - 1].End && tokens[j].Lower == "e")
        {
            var k = j + 1;
            var sign = 1;
            if (k < n && tokens[k].Lower is "+" or "-" && tokens[k].Start == tokens[k - 1].End)
            {
                sign = tokens[k].Lower == "-" ? -1 : 1;
                k++;
            }
            if (k < n && tokens[k].IsNumber && tokens[k].Start == tokens[k - 1].End)
            {
                value = mantissa * Math.Pow(10, sign * tokens[k].Value);
                end = k + 1;
                return double.IsFinite(value) || true;
            }
        }
        if (j + 1 < n && tokens[j].Lower == "^" && tokens[j].Start == tokens[j - 1].End)
        {
            var k = j + 1;
            var sign = 1;
            while (k < n && tokens[k].Lower is "+" or "-")
            {
                sign *= tokens[k].Lower == "-" ? -1 : 1;
                k++;
            }
            if (k < n && tokens[k].IsNumber)
            {
                value = Math.Pow(mantissa, sign * tokens[k].Value);
                end = k + 1;
                return true;
            }
        }
        if (j + 3 < n && tokens[j].Lower == "x" && tokens[j + 1].IsNumber && tokens[j + 1].Value == 10 && tokens[j + 2].Lower == "^")
        {
            var k = j + 3;
            var sign = 1;
            while (k < n && tokens[k].Lower is "+" or "-")
            {
                sign *= tokens[k].Lower == "-" ? -1 : 1;
                k++;
            }
            if (k < n && tokens[k].IsNumber)
            {
                value = mantissa * Math.Pow(10, sign * tokens[k].Value);
                end = k + 1;
                return true;
            }
        }
        return false;
    }

    private static Raw Classify(string text, List<Token> tokens, List<Raw> raws, int index)
    {
        var r = raws[index];
        if (r.Kind != NumberKind.Cardinal)
        {
            return r;
        }
        var n = tokens.Count;
        var t0 = tokens[r.T0];
        var none = new Token(0, 0, TokenType.Punct, string.Empty, 0, false, false);
        var prev = r.T0 > 0 ? tokens[r.T0 - 1] : none;
        var prev2 = r.T0 > 1 ? tokens[r.T0 - 2] : none;
        var next = r.T1 < n ? tokens[r.T1] : none;
        var next2 = r.T1 + 1 < n ? tokens[r.T1 + 1] : none;
        var next3 = r.T1 + 2 < n ? tokens[r.T1 + 2] : none;
        var lastTok = tokens[r.T1 - 1];
        var isDigits = t0.IsNumber && r.T1 - r.T0 == 1;

        if (next.Lower == "%" || next.Lower is "percent" or "percents" or "pc" or "percentage" || (next.Lower == "per" && next2.Lower == "cent"))
        {
            return r with { Kind = NumberKind.Percent, T1 = next.Lower == "per" ? r.T1 + 2 : r.T1 + 1 };
        }
        // "percent of 10", "per cent of twenty-two".
        if (prev.Lower == "of" && (prev2.Lower is "percent" or "percents" || (prev2.Lower == "cent" && r.T0 > 2 && tokens[r.T0 - 3].Lower == "per")))
        {
            return r with { Kind = NumberKind.Percent, T0 = prev2.Lower == "cent" ? r.T0 - 3 : r.T0 - 2 };
        }
        if (prev.Lower is "$" or "£" or "€" or "¥" or "₹" || NumberLexicon.CurrencyWords.Contains(next.Lower)
            || (NumberLexicon.Scales.ContainsKey(lastTok.Lower) && NumberLexicon.CurrencyWords.Contains(next.Lower)) || prev.Lower is "usd" or "eur" or "gbp")
        {
            return r with { Kind = NumberKind.Money, Reason = "money" };
        }
        // Clock times: "4:17am", "8.15 p.m.", "1700 GMT", "4 a.m.".
        if (next.Lower == ":" && next2.IsNumber && next.Start == lastTok.End && next2.Start == next.End)
        {
            return r with { Kind = NumberKind.Time, T1 = r.T1 + 2, Reason = "clock time" };
        }
        if (IsClockSuffix(text, tokens, r.T1) && r.Value <= 2400)
        {
            return r with { Kind = NumberKind.Time, Reason = "clock time" };
        }
        // Ages and durations used as adjectives: "14-year-long", "12-year-old", "72-hour window", "aged 5 and 11".
        if (next.Lower == "-" && next.Start == lastTok.End && next2.IsWord && next2.Lower is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days" or "hour" or "hours" or "minute" or "minutes" or "storey" or "story" or "member" or "man" or "point")
        {
            return r with { Kind = NumberKind.Age, Reason = "age or duration adjective" };
        }
        if (next.Lower is "year" or "years" && next2.Lower == "old")
        {
            return r with { Kind = NumberKind.Age, Reason = "age" };
        }
        if (prev.Lower is "aged" or "age" or "ages" || (prev.Lower is "and" or "," && index > 0 && raws[index - 1].Kind == NumberKind.Age && raws[index - 1].T1 == r.T0 - 1))
        {
            return r with { Kind = NumberKind.Age, Reason = "age" };
        }
        if (isDigits && prev.Lower == "," && prev2.IsWord && char.IsUpper(text[prev2.Start]) && next.Lower == "," && r.Value is > 0 and < 120 && !t0.Decimal
            && !NumberLexicon.Months.Contains(prev2.Lower))
        {
            return r with { Kind = NumberKind.Age, Reason = "age after a name" };
        }
        if ((next.Lower == "-" && next.Start == lastTok.End && next2.Lower is "magnitude" or "km" or "kilometre" or "kilometer" or "mile" or "metre" or "meter" or "inch" or "foot")
            || prev.Lower is "magnitude" or "measuring" || (prev.Lower is "and" or "," && index > 0 && raws[index - 1].Kind == NumberKind.Unit && raws[index - 1].T1 >= r.T0 - 2) || (prev.Lower == "of" && prev2.Lower == "magnitude") || next.Lower is "magnitude" or "km" or "kilometers" or "kilometres" or "miles" or "metres" or "meters" or "kg" or "mm" or "cm")
        {
            return r with { Kind = NumberKind.Unit, Reason = "measurement" };
        }
        // Dates: "March 6", "6 March", "Oct 17", "Feb. 6".
        if (isDigits && !t0.Decimal && r.Value is >= 1 and <= 31
            && (NumberLexicon.Months.Contains(prev.Lower) || (prev.Lower == "." && NumberLexicon.Months.Contains(prev2.Lower)) || NumberLexicon.Months.Contains(next.Lower)
                || (next.Lower is "st" or "nd" or "rd" or "th")))
        {
            if (prev.Lower != "may" || char.IsUpper(text[prev.Start]))
            {
                return r with { Kind = NumberKind.Date, Reason = "day of month" };
            }
        }
        if (isDigits && !t0.Decimal && !t0.Grouped && t0.Length == 4 && r.Value is >= 1800 and <= 2100)
        {
            var countNoun = next.IsWord && (next.Lower.EndsWith('s') || next.Lower is "people" or "dead" or "killed" or "injured" or "wounded" or "men" or "women" or "children")
                && !NumberLexicon.Months.Contains(next.Lower) && next.Lower is not "as" and not "was" and not "is" and not "has";
            // "In 1999 people died": after a preposition of time the number is the year, whatever noun follows
            // ("resulted in 1999 deaths" stays a count).
            var afterTimePreposition = prev.Lower is "in" or "since" or "until" or "till" or "during"
                && prev2.Lower is not ("result" or "results" or "resulted" or "resulting");
            if (!countNoun || afterTimePreposition)
            {
                return r with { Kind = NumberKind.Year, Reason = "year" };
            }
        }
        // Labels: "Article 205", "channel \"112\"", "SCP-173", phone numbers.
        if (NumberLexicon.LabelWords.Contains(prev.Lower) && isDigits && (prev.Lower != "number" || prev2.Lower is "the" or "a" or "phone" or "case"))
        {
            return r with { Kind = NumberKind.Identifier, Reason = "label (" + prev.Lower + ")" };
        }
        if (prev.Lower == "\"" && next.Lower == "\"" && isDigits)
        {
            return r with { Kind = NumberKind.Identifier, Reason = "quoted label" };
        }
        if (prev.Lower == "-" && prev.Start == t0.Start - 1 && prev2.IsWord && prev2.End == prev.Start && isDigits && char.IsUpper(text[prev2.Start]))
        {
            return r with { Kind = NumberKind.Identifier, Reason = "label (code)" };
        }
        if (isDigits && next.Lower == "-" && next2.IsNumber && next3.Lower == "-" && next.Start == lastTok.End && next2.Start == next.End)
        {
            return r with { Kind = NumberKind.Identifier, Reason = "phone number" };
        }
        if (t0.IsWord && t0.Lower == "one" && r.T1 - r.T0 == 1
            && (next.Lower is "of" or "another" or "'" || prev.Lower is "the" or "this" or "that" or "which" or "each" or "every" or "any" or "no" or "another" or "some" or "someone" or "everyone" or "no-one"))
        {
            return r with { Kind = NumberKind.Identifier, Reason = "pronoun 'one'" };
        }
        return r;
    }

    private static bool InsideUrl(string text, int at)
    {
        var s = at;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }
        var e = at;
        while (e < text.Length && !char.IsWhiteSpace(text[e]))
        {
            e++;
        }
        var chunk = text.AsSpan(s, e - s);
        return chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsClockSuffix(string text, List<Token> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return false;
        }
        var t = tokens[at];
        if (t.Lower is "am" or "pm" or "gmt" or "utc" or "o'clock")
        {
            return t.Lower is not "am" || (at + 1 >= tokens.Count || tokens[at + 1].Lower is "." or "," or "local" or "on" or "(");
        }
        if (t.Lower is "a" or "p" && at + 2 < tokens.Count && tokens[at + 1].Lower == "." && tokens[at + 2].Lower == "m")
        {
            return true;
        }
        return false;
    }

    private static List<Raw> MergeFractions(List<Token> tokens, List<Raw> raws)
    {
        var result = new List<Raw>(raws.Count);
        for (var k = 0; k < raws.Count; k++)
        {
            var a = raws[k];
            if (k + 1 < raws.Count && a.Kind is NumberKind.Cardinal or NumberKind.Year && a.Value is { } av)
            {
                var b = raws[k + 1];
                var gap = b.T0 - a.T1;
                var joiner = gap >= 1 ? tokens[a.T1].Lower : string.Empty;
                var sign = a.Negative ? -1 : 1;
                // "one and a half", "twenty and three fifths", "2 1/4".
                if (a.Kind == NumberKind.Cardinal && b.Kind == NumberKind.Fraction && b.Value is { } bv && ((gap == 1 && joiner == "and") || (gap == 0 && tokens[a.T0].IsNumber && tokens[b.T0].IsNumber)))
                {
                    result.Add(a with { T1 = b.T1, Value = av + bv });
                    k++;
                    continue;
                }
                // "one over three", "2000 over 3", "two out of five hundred".
                if (b.Kind is NumberKind.Cardinal or NumberKind.Year && b.Value is { } d && d != 0 && !b.Negative
                    && ((gap == 1 && joiner == "over" && (b.T1 >= tokens.Count || !tokens[b.T1].IsWord)) || (gap == 2 && joiner == "out" && tokens[a.T1 + 1].Lower == "of" && av <= d)))
                {
                    result.Add(new Raw(a.T0, b.T1, NumberKind.Fraction) { Value = sign * av / d, Negative = false });
                    k++;
                    continue;
                }
            }
            result.Add(a);
        }
        return result;
    }

    private static List<Raw> MergeRanges(List<Token> tokens, List<Raw> raws)
    {
        var result = new List<Raw>(raws.Count);
        for (var k = 0; k < raws.Count; k++)
        {
            var a = raws[k];
            if (k + 1 < raws.Count && a.Kind == NumberKind.Cardinal && raws[k + 1].Kind == NumberKind.Cardinal && !a.Negative)
            {
                var b = raws[k + 1];
                var gap = b.T0 - a.T1;
                var before = a.T0 > 0 ? tokens[a.T0 - 1].Lower : string.Empty;
                var joiner = gap >= 1 ? tokens[a.T1].Lower : string.Empty;
                var joiner2 = gap == 3 ? tokens[a.T1 + 1].Lower : string.Empty;
                var isRange = (gap == 1 && before == "between" && joiner == "and")
                    || (gap == 1 && joiner is "-" or "~" or "to" or "through" && a.Value < b.Value)
                    || (gap == 3 && joiner == "-" && joiner2 == "to" && tokens[a.T1 + 2].Lower == "-" && a.Value < b.Value)
                    || (gap == 1 && before == "from" && joiner is "to" or "-");
                if (isRange && !b.Negative)
                {
                    var start = before is "between" or "from" ? a.T0 - 1 : a.T0;
                    // "between 100 and 50": the interval is the same whichever end comes first; the order is flagged.
                    var reversed = a.Value > b.Value;
                    result.Add(new Raw(start, b.T1, NumberKind.Range)
                    {
                        Low = reversed ? b.Value : a.Value,
                        High = reversed ? a.Value : b.Value,
                        Parts = [a, b],
                        Reason = reversed ? ReversedRange : before == "from" ? "from-to" : null,
                    });
                    k++;
                    continue;
                }
            }
            result.Add(a);
        }
        return result;
    }

    /// <summary>The <see cref="NumberMention.Reason"/> of a range whose ends are written high to low ("between 100 and 50").</summary>
    internal const string ReversedRange = "range written high to low";

    private record struct Raw(int T0, int T1, NumberKind Kind)
    {
        public double? Value { get; init; }
        public double? Low { get; init; }
        public double? High { get; init; }
        public bool Negative { get; init; }
        public string? Reason { get; init; }
        public Raw[]? Parts { get; init; }
    }
}
