using System.Buffers;

namespace Triangulate.Model;

/// <summary>A set of phrases to find in text, answering exactly as one <see cref="SearchValues{T}"/> of strings would, but
/// split so that each part runs on the runtime's vectorised search: single ASCII characters go to a
/// <see cref="SearchValues{T}"/> of chars, ASCII phrases of two or more characters to a string set of their own (which the
/// runtime searches with its packed "Teddy" search), and the rest — phrases with a character outside ASCII — to a third set.
/// One set holding all of them (a one-character phrase such as "(" or "7", or one non-ASCII phrase such as "©" or "— AP")
/// makes the runtime fall back to its Aho–Corasick automaton over a dictionary of characters, several times slower.</summary>
/// <remarks>The first match of the whole set is the earliest of the parts' first matches, and each part compares as the whole
/// set does (<see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>), so
/// <see cref="IndexOfAny"/> gives what <c>span.IndexOfAny(SearchValues.Create(phrases, comparison))</c> gives.
/// Immutable and thread-safe.</remarks>
internal sealed class PhraseSearch
{
    private readonly Parts _all;
    private readonly Parts _minimal;

    private PhraseSearch(Parts all, Parts minimal)
    {
        _all = all;
        _minimal = minimal;
    }

    /// <summary>Builds the search for <paramref name="phrases"/> (empty strings are ignored) compared by
    /// <paramref name="comparison"/> (ordinal, or ordinal ignoring case).</summary>
    public static PhraseSearch Create(IEnumerable<string> phrases, StringComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "ordinal or ordinal ignoring case");
        }
        var list = phrases.Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.FromComparison(comparison)).ToList();
        // Whether any phrase occurs needs only the phrases that hold no other phrase of the set: where "q1" occurs, "1" does
        // (ignoring case too: equal characters ignoring case are equal to the same third character).
        var minimal = list.Where(p => !list.Any(q => q.Length < p.Length && p.Contains(q, comparison))).ToList();
        return new PhraseSearch(Parts.Of(list, comparison), Parts.Of(minimal, comparison));
    }

    /// <summary>Where the first phrase of the set begins in <paramref name="text"/>; -1 when none occurs.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var best = _all.Chars is null ? -1 : text.IndexOfAny(_all.Chars);
        best = Earliest(text, best, _all.Ascii, _all.LongestAscii);
        return Earliest(text, best, _all.Other, _all.LongestOther);
    }

    /// <summary>Whether any phrase of the set occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) =>
        (_minimal.Chars is not null && text.ContainsAny(_minimal.Chars))
        || (_minimal.Ascii is not null && text.ContainsAny(_minimal.Ascii))
        || (_minimal.Other is not null && text.ContainsAny(_minimal.Other));

    // A match that begins before `best` ends before best + longest - 1, so only that prefix is searched.
    private static int Earliest(ReadOnlySpan<char> text, int best, SearchValues<string>? set, int longest)
    {
        if (set is null || best == 0)
        {
            return best;
        }
        var window = best < 0 ? text : text[..Math.Min(text.Length, best - 1 + longest)];
        var at = window.IndexOfAny(set);
        return at >= 0 && (best < 0 || at < best) ? at : best;
    }

    private sealed record Parts(SearchValues<char>? Chars, SearchValues<string>? Ascii, int LongestAscii, SearchValues<string>? Other, int LongestOther)
    {
        public static Parts Of(List<string> phrases, StringComparison comparison)
        {
            var ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
            var chars = new List<char>();
            var ascii = new List<string>();
            var other = new List<string>();
            foreach (var p in phrases)
            {
                if (!System.Text.Ascii.IsValid(p))
                {
                    other.Add(p);
                }
                else if (p.Length > 1)
                {
                    ascii.Add(p);
                }
                else if (ignoreCase && char.IsAsciiLetter(p[0]))
                {
                    // An ASCII letter equals, ignoring case, its other ASCII case, and also a few characters outside ASCII
                    // (the Kelvin sign, the long s) that the string search knows about: left to the string search.
                    other.Add(p);
                }
                else
                {
                    chars.Add(p[0]);
                }
            }
            return new Parts(
                chars.Count > 0 ? SearchValues.Create([.. chars]) : null,
                ascii.Count > 0 ? SearchValues.Create([.. ascii], comparison) : null,
                ascii.Count > 0 ? ascii.Max(s => s.Length) : 0,
                other.Count > 0 ? SearchValues.Create([.. other], comparison) : null,
                other.Count > 0 ? other.Max(s => s.Length) : 0);
        }
    }
}
