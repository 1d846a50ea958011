using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Triangulate.Cleaning;

/// <summary>Allocation-free reading of a line's words, and the cheap checks that let a line skip a pattern it cannot match.</summary>
/// <remarks>
/// The rules run on every line of every document, and most lines are prose that no rule removes: the time went into
/// splitting each line into strings again for every rule and into running every pattern on it. The words are read here as
/// spans of the line, and each pattern is tried only on a line that can match it: one that opens with a character the
/// pattern can open with, or that holds a word the pattern needs. A guard is a necessary condition of its pattern (written
/// from the pattern, next to its call), never a rule of its own: a line the guard lets through is judged by the pattern as before.
/// </remarks>
internal static partial class ResidueLines
{
    /// <summary>The words of a line as <c>Split([' ', '\t'], RemoveEmptyEntries)</c> gives them, as spans of the line.</summary>
    internal ref struct Words(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _at;

        /// <summary>The current word.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Where the current word starts in the text.</summary>
        public int Start { get; private set; }

        /// <summary>Itself, for <c>foreach</c>.</summary>
        public readonly Words GetEnumerator() => this;

        /// <summary>Moves to the next word.</summary>
        public bool MoveNext()
        {
            // Words are short: a plain loop beats the vectorised searches' set-up.
            var at = _at;
            while (at < _text.Length && _text[at] is ' ' or '\t')
            {
                at++;
            }
            if (at == _text.Length)
            {
                _at = at;
                return false;
            }
            var end = at + 1;
            while (end < _text.Length && _text[end] is not (' ' or '\t'))
            {
                end++;
            }
            Current = _text[at..end];
            Start = at;
            _at = end;
            return true;
        }
    }

    /// <summary>The words of <c>line.Replace(",", " ,")</c> without building it: each word of the line cut before every comma
    /// that does not open it ("May,2021" reads "May" and ",2021").</summary>
    internal ref struct CommaWords(ReadOnlySpan<char> text)
    {
        private Words _words = new(text);
        private ReadOnlySpan<char> _word;

        /// <summary>The current word.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Itself, for <c>foreach</c>.</summary>
        public readonly CommaWords GetEnumerator() => this;

        /// <summary>Moves to the next word.</summary>
        public bool MoveNext()
        {
            if (_word.IsEmpty)
            {
                if (!_words.MoveNext())
                {
                    return false;
                }
                _word = _words.Current;
            }
            var comma = _word.Length > 1 ? _word[1..].IndexOf(',') : -1;
            var length = comma < 0 ? _word.Length : comma + 1;
            Current = _word[..length];
            _word = _word[length..];
            return true;
        }
    }

    /// <summary>How many words <c>Split([' ', '\t'], RemoveEmptyEntries)</c> would give.</summary>
    internal static int WordCount(ReadOnlySpan<char> t) => CountRuns(t, '\t');

    /// <summary>How many words <c>Split(' ', RemoveEmptyEntries)</c> would give (a tab does not separate).</summary>
    internal static int SpaceSeparatedCount(ReadOnlySpan<char> t) => CountRuns(t, ' ');

    // The runs of characters between separators (a space, and `other`): the characters that are no separator but follow one
    // (or open the text). Every rule asks for a line's word count, so the count reads 16 characters a step: a character
    // starts a word where it is no separator and the one before it is.
    private static int CountRuns(ReadOnlySpan<char> t, char other)
    {
        if (t.IsEmpty)
        {
            return 0;
        }
        var n = t[0] == ' ' || t[0] == other ? 0 : 1;
        var i = 1;
        if (Vector256.IsHardwareAccelerated && t.Length > Vector256<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(t));
            var space = Vector256.Create((ushort)' ');
            var second = Vector256.Create((ushort)other);
            for (; i + Vector256<ushort>.Count <= t.Length; i += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref start, (nuint)i);
                var before = Vector256.LoadUnsafe(ref start, (nuint)(i - 1));
                var currentIsSeparator = Vector256.Equals(current, space) | Vector256.Equals(current, second);
                var beforeIsSeparator = Vector256.Equals(before, space) | Vector256.Equals(before, second);
                n += BitOperations.PopCount(Vector256.AndNot(beforeIsSeparator, currentIsSeparator).ExtractMostSignificantBits());
            }
        }
        for (; i < t.Length; i++)
        {
            var c = t[i];
            var b = t[i - 1];
            if (c != ' ' && c != other && (b == ' ' || b == other))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Whether any character is a decimal digit of any script (<see cref="char.IsDigit(char)"/>, as <c>\d</c> reads it).</summary>
    internal static bool HasDigit(ReadOnlySpan<char> t)
    {
        if (t.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }
        if (!t.ContainsAnyExceptInRange('\0', '\x7F'))
        {
            return false; // ASCII only: no other digits
        }
        foreach (var c in t)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a line can match a pattern anchored at its start that opens with one of <paramref name="openers"/>.
    /// A line opening with a character outside ASCII is let through: a case-insensitive pattern's letters have Unicode case
    /// equivalents (the Kelvin sign for "k").</summary>
    internal static bool MayOpen(ReadOnlySpan<char> t, SearchValues<char> openers) => !t.IsEmpty && (!char.IsAscii(t[0]) || openers.Contains(t[0]));

    /// <summary>The opening characters of an anchored pattern, in both cases.</summary>
    internal static SearchValues<char> Openers(string chars) =>
        SearchValues.Create(chars + chars.ToUpperInvariant() + chars.ToLowerInvariant());

    /// <summary>Whether <paramref name="t"/> may hold one of <paramref name="words"/> (ASCII words, any case), in one pass over it.
    /// A guard for a case-insensitive pattern's literals: a line with a letter that case-insensitive matching may equate with an
    /// ASCII letter (long s, Kelvin sign, dotted and dotless i) is let through.</summary>
    internal static bool MayHold(ReadOnlySpan<char> t, SearchValues<string> words) => t.ContainsAny(words) || HasCaseVariant(t);

    /// <summary>Whether a text has a character outside ASCII that case-insensitive matching may equate with an ASCII letter.</summary>
    internal static bool HasCaseVariant(ReadOnlySpan<char> t) => t.IndexOfAny(s_caseVariants) >= 0;

    private static readonly SearchValues<char> s_caseVariants = SearchValues.Create("\u017F\u212A\u0130\u0131");

    /// <summary>ASCII words to look for in any case (<see cref="MayHold"/>).</summary>
    internal static SearchValues<string> AnyCase(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether every character from <paramref name="index"/> on is white space or a colon.</summary>
    private static bool OnlySpaceOrColonFrom(string t, int index)
    {
        for (var i = index; i < t.Length; i++)
        {
            if (!char.IsWhiteSpace(t[i]) && t[i] != ':')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The invariant lower case of <paramref name="word"/>, in <paramref name="buffer"/> when it fits (same length as the word).</summary>
    internal static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var target = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        word.ToLowerInvariant(target);
        return target;
    }

    /// <summary>Whether a word consists of digits, commas and points and opens with a digit (a bare figure).</summary>
    private static bool IsBareFigure(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || !char.IsDigit(w[0]))
        {
            return false;
        }
        foreach (var c in w)
        {
            if (!(char.IsDigit(c) || c is ',' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ContainsAny(ReadOnlySpan<char> t, SearchValues<char> chars) => t.IndexOfAny(chars) >= 0;

    // ---- guards: necessary conditions of the patterns, each read off its pattern in ResidueLines.cs ----

    private static readonly SearchValues<char> s_endMarkerOpeners = Openers("(E-#*[….");
    private static readonly SearchValues<char> s_dashes = SearchValues.Create("-–—");
    private static readonly SearchValues<char> s_urlOpeners = Openers("hw");
    private static readonly SearchValues<char> s_commentOpeners = Openers("0123456789NCSLAWPYRJ");
    private static readonly SearchValues<char> s_tagOpeners = Openers("TKLCFPRMS");
    private static readonly SearchValues<string> s_cookieWords = AnyCase("coo", "agree");
    private static readonly SearchValues<string> s_videoWords = AnyCase("video", "watch", "caption", "duration");
    private static readonly SearchValues<string> s_commentWords = AnyCase("comment", "repl", "conversation", "discussion", "load more");
    private static readonly SearchValues<string> s_liveInstructionWords = AnyCase("updated", "refresh", "live");
    private static readonly SearchValues<string> s_copyrightWords = AnyCase("rights reserved", "generated", "reproduced");
    private static readonly SearchValues<string> s_contributionWords = AnyCase(
        "with ", "based on", "contribut", "additional", "compiled", "edit", "writing", "reporting", "adds", "updates", "recasts", "corrects");
    private static readonly SearchValues<string> s_contributedWord = AnyCase("contributed");
    private static readonly SearchValues<string> s_legalWords = AnyCase(
        "terms ", "privacy ", "support for ", "sponsored by", "presented by", "brought to you by", "paid for by", "in partnership with", "powered by", "hosted by");
    private static readonly SearchValues<char> s_timeOpeners = Openers("0123456789ap");
    private static readonly SearchValues<string> s_newsletterWords = AnyCase("newsletter", "your inbox", "mail address", "news e");
    private static readonly SearchValues<string> s_captionCreditWords = AnyCase("photo", "image", "picture", "credit");
    private static readonly SearchValues<string> s_creditLabelWords = AnyCase("pho", "ima", "pic", "fot", "credit");
    private static readonly SearchValues<string> s_bylineWords = AnyCase("by", "posted on");
    private static readonly SearchValues<string> s_reactionWords = AnyCase("reaction", "feel", "rate this");
    private static readonly SearchValues<string> s_selfWords = AnyCase("this ", "our ", "content", "website");
    private static readonly SearchValues<string> s_numberWordsAnyCase = AnyCase(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
        "fifty", "hundred", "thousand", "million", "billion", "dozen", "scores");
    private static readonly SearchValues<string> s_gluedCreditWords = SearchValues.Create(
        ["Photo", "Picture", "Image", "Pic", "AFP", "AP", "Reuters", "REUTERS", "EPA", "Xinhua", "Getty Images", "dpa", "Anadolu", "PTI", "ANI", "UPI"], StringComparison.Ordinal);
    private static readonly SearchValues<char> s_gluedCreditMarks = SearchValues.Create("/(-–—");
    private static readonly SearchValues<char> s_tagMarks = SearchValues.Create(":>");
    private static readonly SearchValues<char> s_galleryOpeners = Openers("PITG");
    private static readonly SearchValues<char> s_relatedSeparators = SearchValues.Create(":–—»-");
    private static readonly SearchValues<char> s_listHeadingOpeners = Openers("RAMTYLSFIEDPWUOCK");
    private static readonly SearchValues<char> s_liveInstructionOpeners = Openers("TPRF");
    private static readonly SearchValues<char> s_contributionOpeners = Openers("(WBCAEUR \t\n\r\f\v");
    private static readonly SearchValues<char> s_captionOpeners = Openers("TPIM[");
    private static readonly SearchValues<char> s_captionCreditMarks = SearchValues.Create("([");
    private static readonly SearchValues<char> s_creditLabelOpeners = Openers("AERGPIFC");
    private static readonly SearchValues<char> s_bylineOpeners = Openers("BWASPTR");
    private static readonly SearchValues<char> s_reactionOpeners = Openers("WHYR(");
    private static readonly SearchValues<char> s_foreignDeskOpeners = Openers("LDEAR");
    private static readonly SearchValues<char> s_copyrightOpeners = Openers("C(PD");
    private static readonly SearchValues<char> s_newsletterOpeners = Openers("SDGF");
    private static readonly SearchValues<char> s_placeholderOpeners = Openers("IPV");
    private static readonly SearchValues<char> s_placeholderBrackets = SearchValues.Create("[{");
    private static readonly SearchValues<char> s_barSeparators = SearchValues.Create("|·");
    private static readonly SearchValues<char> s_segmentSeparators = SearchValues.Create("|·•");

    // WireCode: two to five letters then a slash ("ab/cd"), or a whole line of at most "ABCDE-123" and a line break.
    private static bool MayBeWireCode(string t) => t.IndexOf('/', StringComparison.Ordinal) is >= 2 and <= 5 || t.Length <= 10;

    // ReaderComment: a name opening the line, then a colon ("name_1: …") or " said…".
    private static bool MayBeReaderComment(string t) =>
        t.Length > 0 && char.IsAsciiLetter(t[0]) && (t.Contains(':', StringComparison.Ordinal) || t.Contains(" said", StringComparison.Ordinal));

    // CopyrightNotice: its openers (Copyright, ©, "(c)", Powered, Disclaimer) or one of the phrases it looks for anywhere.
    private static bool MayBeCopyright(string t) => MayOpen(t, s_copyrightOpeners) || t.Contains('©', StringComparison.Ordinal) || MayHold(t, s_copyrightWords);

    // ContributionLine: one of its labels' words, after its openers (With, Based, Contributing, Additional, Edited, …) or
    // anywhere as "contributed".
    private static bool MayBeContribution(string t) => MayHold(t, s_contributionWords) && (MayOpen(t, s_contributionOpeners) || MayHold(t, s_contributedWord));

    // TimeToken: a digit, or "a.m."/"p.m."/"AM"/"PM", opening the word.
    private static bool IsTimeToken(ReadOnlySpan<char> w) => MayOpen(w, s_timeOpeners) && TimeToken().IsMatch(w);

    // NewsletterBox: its openers (Sign up, Subscribe, Download, Get, Follow, Stay) or one of its phrases.
    private static bool MayBeNewsletter(string t) => MayOpen(t, s_newsletterOpeners) || MayHold(t, s_newsletterWords);

    // CommentFurniture: its openers, and a word of every form (comment, reply, conversation, discussion, "load more").
    private static bool MayBeCommentFurniture(string t) => MayOpen(t, s_commentOpeners) && MayHold(t, s_commentWords);

    // TagList: a label of at most 16 characters ("Related searches"), then a colon or a ">" or nothing but spaces.
    private static bool MayBeTagList(string t) => MayOpen(t, s_tagOpeners) && (ContainsAny(t, s_tagMarks) || OnlySpaceOrColonFrom(t, 16));

    // ListHeading: at most five words, or at most 50 characters ("More from " and 40), then spaces and a colon.
    private static bool MayBeListHeading(string t) => MayOpen(t, s_listHeadingOpeners) && (WordCount(t) <= 5 || OnlySpaceOrColonFrom(t, 50));

    // ForeignDesk: an article, the newsroom's name and at most " de " and 40 characters.
    private static bool MayBeForeignDesk(string t) => t.Length <= 60 && MayOpen(t, s_foreignDeskOpeners);

    // GluedCredit: a slash, a parenthesis, a dash, a picture word or an agency's name.
    private static bool MayHaveGluedCredit(string t) => ContainsAny(t, s_gluedCreditMarks) || t.AsSpan().ContainsAny(s_gluedCreditWords);

    // StandaloneLabel: a label of at most 19 characters ("What we know so far"), then only spaces and a colon.
    private static bool MayBeStandaloneLabel(string t)
    {
        for (var i = 19; i < t.Length; i++)
        {
            if (!char.IsWhiteSpace(t[i]) && t[i] != ':')
            {
                return false;
            }
        }
        return t.Length > 0;
    }

    // CaptionCredit: every form has a parenthesis, a bracket or a picture or credit word.
    private static bool MayHaveCaptionCredit(string t) => ContainsAny(t, s_captionCreditMarks) || MayHold(t, s_captionCreditWords);

    private static bool IsListHeading(string t) => MayBeListHeading(t) && ListHeading().IsMatch(t);

    private static bool HasPictureLink(string t) => t.Contains("pic.twitter.com/", StringComparison.Ordinal) && PictureLink().IsMatch(t);
}
