using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Ingest;

namespace Triangulate.Cleaning;

/// <summary>Removes scraper residue, outlet signatures, provenance lines and blocks repeated inside one document, and reads the metadata stated in the text.</summary>
/// <remarks>
/// Every rule is general (no outlet's strings): residue phrases that scrapers leave on any site, line shapes
/// (a short trailing name line that matches the dateline agency or reads as a media name), and repetition.
/// The cleaner only deletes ranges; each deletion is recorded with its offsets in the original text and the rule
/// that made it, and <see cref="CleanDocument.Map"/> maps cleaned offsets back.
/// </remarks>
/// <threadsafety>Stateless; thread-safe.</threadsafety>
public sealed partial class BoilerplateCleaner : ICleaner
{
    // A scraper's leading date stamp: " date 2025-03-11" at the very start of the file.
    [GeneratedRegex(@"\A\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+Z?)?[ \t]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex LeadingDate();

    // Residue phrases left by scrapers and page furniture; matched anywhere, removed with trailing spaces.
    [GeneratedRegex(@"(?:SCROLL (?:DOWN )?TO CONTINUE(?: WITH CONTENT| READING)?|CONTINUE READING BELOW|ADVERTISEMENT|Advertisement\b(?=\s*$)|Story continues below(?: advertisement)?|Skip (?:to|past) (?:main )?(?:content|advertisement)|\((?:Image|Photo|Picture|Video|Credit|Photo credit)s?\s*:\s*[^()\n]{1,80}\)|\[\s*\]|\(\s*\))[ \t]*",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Residue();

    // Whole lines that are share/subscribe prompts or page furniture.
    [GeneratedRegex(@"^[ \t]*(?:(?:Share|Tweet|Email|Print|Follow us|Subscribe|Sign up|Click here|Read more|Read also|Also read|RELATED|Related|Recommended|Download (?:our|the) app|Join our|Get (?:the|our) (?:latest|newsletter))\b[^\n]{0,120}|(?:All rights reserved|©|Copyright)[^\n]{0,120})[ \t]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FurnitureLine();

    // Provenance stated by a rewriting site: "Original Source: www.example.com", "Source: Reuters".
    [GeneratedRegex(@"^[ \t]*(?:Original(?:ly)? (?:Source|published (?:by|at|on|in))|Source(?: link)?|This (?:article|story) (?:was )?(?:originally|first) (?:appeared|published) (?:on|in|at|by))[ \t]*:?[ \t]*(?<src>[^\n]{2,120}?)[ \t.]*(?:\r?\n|\z)",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProvenanceLine();

    // A dateline opening a paragraph: "Damascus, MINA –", "BEIRUT (Reuters) -", "GAZA CITY, Oct 17 (AP) —".
    [GeneratedRegex(@"^[ \t]*(?<place>[A-Z][A-Za-z’'\.\- ]{1,40}?)(?:,[ \t]*(?<agency>[A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]{1,12})?)|[ \t]*\((?<agency>[A-Za-z][A-Za-z .]{1,20})\))[ \t]*[–—-]{1,2}[ \t]+",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(?:News|Agency|Press|Times|Post|Media|Network|Television|TV|Radio|Daily|Herald|Tribune|Journal|Gazette|Reporter|Observer|Online|Wire|Service)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex MediaWord();

    /// <summary>Cleans one document.</summary>
    public CleanDocument Clean(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = source.Text;
        var removals = new List<RemovedBlock>();
        string? statedDate = null;
        string? provenance = null;

        if (LeadingDate().Match(text) is { Success: true } date
            && DateOnly.TryParseExact(date.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            statedDate = date.Groups[1].Value;
            removals.Add(new RemovedBlock("date_line", date.Value, date.Index, date.Index + date.Length, "leading date stamp at the top of the file"));
        }
        foreach (Match m in Residue().Matches(text))
        {
            removals.Add(new RemovedBlock("residue", m.Value, m.Index, m.Index + m.Length, "scraper residue phrase"));
        }
        foreach (Match m in FurnitureLine().Matches(text))
        {
            if (LooksLikeSentence(m.Value) && !m.Value.TrimStart().StartsWith('©'))
            {
                continue; // "Share prices fell…" is content, not a button
            }
            removals.Add(new RemovedBlock("share", m.Value, m.Index, m.Index + m.Length, "share/subscribe/copyright line"));
        }
        foreach (Match m in ProvenanceLine().Matches(text))
        {
            var src = m.Groups["src"].Value.Trim();
            if (src.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8)
            {
                continue; // a sentence that happens to start with "Source", not a provenance line
            }
            provenance ??= src;
            removals.Add(new RemovedBlock("provenance", m.Value, m.Index, m.Index + m.Length, "stated provenance line (\"Original Source: …\")"));
        }

        var dateline = DatelinePattern().Match(text);
        var agency = dateline.Success ? dateline.Groups["agency"].Value : null;
        if (TrailingSignature(text, agency, source.Outlet) is { } signature)
        {
            removals.Add(signature);
        }
        removals.AddRange(RepeatedBlocks(text, removals));

        var (cleaned, map, kept) = Apply(text, removals);
        var title = source.Title ?? FirstLine(cleaned);
        Dateline? line = null;
        if (dateline.Success)
        {
            var cleanStart = ToClean(kept, dateline.Index);
            if (cleanStart >= 0)
            {
                line = new Dateline(dateline.Groups["place"].Value.Trim(), agency, cleanStart, cleanStart + dateline.Length);
            }
        }
        var outlet = source.Outlet ?? (removals.FirstOrDefault(r => r.Kind == "signature") is { } sig ? sig.Text.Trim() : null);
        return new CleanDocument(IdOf(cleaned), source, cleaned, [.. removals.OrderBy(r => r.Start)], map)
        {
            Title = title,
            Outlet = outlet,
            StatedDate = statedDate,
            Dateline = line,
            Provenance = provenance,
        };
    }

    /// <summary>The stable id of a cleaned text: SHA-256 of its case-folded, whitespace-collapsed form, 16 hex digits.</summary>
    public static string IdOf(string cleanedText)
    {
        ArgumentNullException.ThrowIfNull(cleanedText);
        var sb = new StringBuilder(cleanedText.Length);
        var space = false;
        foreach (var c in cleanedText)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static RemovedBlock? TrailingSignature(string text, string? agency, string? outlet)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        if (end <= start)
        {
            return null;
        }
        var line = text[start..end].Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || LooksLikeSentence(line) || line.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }
        var capitalised = words.Count(w => char.IsUpper(w[0]) || w[0] == '(');
        if (capitalised < words.Length - 1)
        {
            return null;
        }
        var matchesAgency = agency is { Length: > 1 } && line.Contains(agency, StringComparison.Ordinal);
        var matchesOutlet = outlet is { Length: > 1 } && line.Contains(outlet, StringComparison.OrdinalIgnoreCase);
        if (!matchesAgency && !matchesOutlet && !MediaWord().IsMatch(line))
        {
            return null;
        }
        return new RemovedBlock("signature", text[start..end], start, end, "short trailing line naming the outlet or agency");
    }

    private static bool LooksLikeSentence(string s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”' && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3;
    }

    /// <summary>Finds runs of sentences that occur twice (or more) and removes the later copies.</summary>
    private static List<RemovedBlock> RepeatedBlocks(string text, List<RemovedBlock> already)
    {
        var sentences = Sentences(text);
        var result = new List<RemovedBlock>();
        if (sentences.Count < 4)
        {
            return result;
        }
        var keys = sentences.Select(s => Normalize(text.AsSpan(s.Start, s.End - s.Start))).ToArray();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var removedUntil = -1;
        for (var j = 0; j < sentences.Count; j++)
        {
            if (j <= removedUntil || keys[j].Length < 20)
            {
                if (keys[j].Length >= 20)
                {
                    firstIndex.TryAdd(keys[j], j);
                }
                continue;
            }
            if (firstIndex.TryGetValue(keys[j], out var i))
            {
                // Extend the run of equal sentences.
                var k = 0;
                while (j + k < sentences.Count && i + k < j && keys[i + k] == keys[j + k])
                {
                    k++;
                }
                var chars = sentences[j + k - 1].End - sentences[j].Start;
                // A block is at least three sentences or 300 characters: single repeated sentences are often legitimate (a quote restated).
                if (k >= 3 || chars >= 300)
                {
                    var start = sentences[j].Start;
                    var end = sentences[j + k - 1].End;
                    while (end < text.Length && char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }
                    if (!already.Any(r => r.Start < end && start < r.End))
                    {
                        result.Add(new RemovedBlock("repeated_block", text[start..end], start, end,
                            $"{k} sentences repeated from offset {sentences[i].Start} of the same document"));
                    }
                    removedUntil = j + k - 1;
                    continue;
                }
            }
            firstIndex.TryAdd(keys[j], j);
        }
        return result;
    }

    /// <summary>Splits text into sentence spans (rough, for repetition detection only).</summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c == '\n'
                || (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2])));
            if (boundary || i == text.Length - 1)
            {
                var end = c == '\n' ? i : i + 1;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
                if (end > start)
                {
                    list.Add((start, end));
                }
                start = i + 1;
            }
        }
        return list;
    }

    private static string Normalize(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    private static (string Text, OffsetMap Map, List<(int Start, int End)> Kept) Apply(string text, List<RemovedBlock> removals)
    {
        var cuts = removals.Select(r => (r.Start, r.End)).OrderBy(c => c.Start).ToList();
        var kept = new List<(int Start, int End)>();
        var at = 0;
        foreach (var (s, e) in cuts)
        {
            if (s > at)
            {
                kept.Add((at, s));
            }
            at = Math.Max(at, e);
        }
        if (at < text.Length)
        {
            kept.Add((at, text.Length));
        }
        var sb = new StringBuilder(text.Length);
        foreach (var (s, e) in kept)
        {
            sb.Append(text, s, e - s);
        }
        return (sb.ToString(), new OffsetMap(kept), kept);
    }

    private static int ToClean(List<(int Start, int End)> kept, int original)
    {
        var clean = 0;
        foreach (var (s, e) in kept)
        {
            if (original >= s && original < e)
            {
                return clean + original - s;
            }
            clean += e - s;
        }
        return -1;
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0)
            {
                return t.Length > 300 ? t[..300] : t;
            }
        }
        return null;
    }
}
