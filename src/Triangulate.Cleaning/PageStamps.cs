using System.Globalization;

namespace Triangulate.Cleaning;

/// <summary>Publication dates a page carries outside its metadata: stamp lines ("Published: 4 May 2021", "Posted on …",
/// "Updated …", a byline with a date) and a date in the URL path (<c>/2021/05/04/</c>, <c>/20210504/</c>, <c>-2021-05-04-</c>).</summary>
/// <remarks>
/// Among several stamps the first publication wins: a "Published"/"Posted"/"First published" stamp before a bare date or a
/// byline date, and an "Updated"/"Modified" stamp only when nothing else dates the page (docs/time.md, "Publication dates").
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
internal static class PageStamps
{
    /// <summary>How a stamp line speaks of the date: first publication, plain (a date or byline), or a later update.</summary>
    internal enum StampRank
    {
        /// <summary>"Published …", "First published on …", "Posted on …", "This article was published …".</summary>
        Published = 0,

        /// <summary>A date line, a byline with a date.</summary>
        Plain = 1,

        /// <summary>"Updated …", "Last modified …".</summary>
        Updated = 2,
    }

    private static readonly string[] s_publishedWords = ["first published", "originally published", "published", "posted", "added on", "this article was published", "this story was published", "this article was first published", "date published", "publication date"];

    private static readonly string[] s_updatedWords = ["last updated", "updated", "last modified", "modified", "last update", "date modified"];

    /// <summary>The rank of a stamp line: a segment (between "|" separators) opening with a publication word, else an update word.</summary>
    internal static StampRank RankOf(string line)
    {
        var rank = StampRank.Plain;
        foreach (var segment in line.Split('|'))
        {
            var s = segment.Trim().TrimStart('-', '–', '—', '·', '•', ' ');
            if (StartsWithWord(s, s_publishedWords))
            {
                return StampRank.Published;
            }
            if (StartsWithWord(s, s_updatedWords))
            {
                rank = StampRank.Updated;
            }
        }
        return rank;
    }

    /// <summary>Whether a short line is a publication stamp: a segment opens with "Published", "Posted on", "First published" …
    /// and a calendar date follows in that segment. Returns the ISO date or null. Prose that mentions a publication ("the
    /// report, published on 3 May 2021, said") does not open with the word and is no stamp.</summary>
    internal static string? PublishedStampDate(string line)
    {
        if (line.Length > 200)
        {
            return null;
        }
        foreach (var segment in line.Split('|'))
        {
            var s = segment.Trim().TrimStart('-', '–', '—', '·', '•', ' ');
            if (StartsWithWord(s, s_publishedWords) && ResidueLines.DateIn(s) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>Chooses the stamp that dates a page from the candidates (line, position, ISO date): the best rank, then the earliest
    /// date among equals of rank Published (the first publication), else the first in the text.</summary>
    internal static (string Date, string Line)? Choose(IEnumerable<(string Line, int At, string Date)> candidates)
    {
        (string Line, int At, string Date, StampRank Rank)? best = null;
        foreach (var (line, at, date) in candidates)
        {
            var rank = RankOf(line);
            if (best is not { } b || rank < b.Rank
                || (rank == b.Rank && (rank == StampRank.Published ? string.CompareOrdinal(date, b.Date) < 0 : at < b.At)))
            {
                best = (line, at, date, rank);
            }
        }
        return best is { } found ? (found.Date, found.Line) : null;
    }

    /// <summary>The date in a URL's path: <c>/2021/05/04/</c> or <c>/2021/05/</c> (month), <c>/20210504/</c>, or <c>2021-05-04</c>
    /// between separators in a slug. Returns the ISO date (or month) and the piece of the path it was read from, or null.</summary>
    internal static (string Date, string Piece)? UrlDate(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (YearOf(s) is { } y && i + 1 < segments.Length && TwoDigits(segments[i + 1]) is { } m and >= 1 and <= 12)
            {
                if (i + 2 < segments.Length && TwoDigits(segments[i + 2]) is { } d && Valid(y, m, d))
                {
                    return (Iso(y, m, d), $"/{s}/{segments[i + 1]}/{segments[i + 2]}/");
                }
                return (string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"), $"/{s}/{segments[i + 1]}/");
            }
            if (s.Length == 8 && s.All(char.IsAsciiDigit) && YearOf(s[..4]) is { } y8
                && int.Parse(s.AsSpan(4, 2), CultureInfo.InvariantCulture) is var m8 && int.Parse(s.AsSpan(6, 2), CultureInfo.InvariantCulture) is var d8 && Valid(y8, m8, d8))
            {
                return (Iso(y8, m8, d8), $"/{s}/");
            }
        }
        // A slug's "…-2021-05-04-…" or "…_2021-05-04.html": ten characters between separators (or the path's ends).
        var path = uri.AbsolutePath;
        for (var i = 0; i + 10 <= path.Length; i++)
        {
            if ((i == 0 || path[i - 1] is '/' or '-' or '_' or '.') && (i + 10 == path.Length || path[i + 10] is '/' or '-' or '_' or '.')
                && path[i + 4] == '-' && path[i + 7] == '-' && YearOf(path.Substring(i, 4)) is { } ys
                && TwoDigits(path.Substring(i + 5, 2)) is { } ms && TwoDigits(path.Substring(i + 8, 2)) is { } ds && Valid(ys, ms, ds))
            {
                return (Iso(ys, ms, ds), path.Substring(i, 10));
            }
        }
        return null;
    }

    private static bool StartsWithWord(string s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.Length >= w.Length && s.AsSpan(0, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)
                && (s.Length == w.Length || !char.IsLetter(s[w.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private static int? YearOf(string s) =>
        s.Length == 4 && s.All(char.IsAsciiDigit) && int.Parse(s, CultureInfo.InvariantCulture) is var y and >= 1990 and <= 2099 ? y : null;

    private static int? TwoDigits(string s) => s.Length == 2 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) ? int.Parse(s, CultureInfo.InvariantCulture) : null;

    private static bool Valid(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static string Iso(int y, int m, int d) => new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
