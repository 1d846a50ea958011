using System.Collections.Frozen;
using Lingua;

namespace Triangulate.Extraction.Languages;

/// <summary>Names the language a document is written in (ISO 639-1: <c>en</c>, <c>de</c>, …), so that the English rules read only
/// English documents.</summary>
/// <remarks>Two steps, for speed: a text whose first words are dense in English function words ("the", "of", "and", "was", …) is
/// English without further work (nearly every news article in an English pile); any other text goes to Lingua (SearchPioneer.Lingua,
/// whose n-gram models ship inside the package: nothing downloads) in its low-accuracy mode, restricted to the languages news piles
/// carry, on its first <see cref="SampleLength"/> characters. A text too short to tell, or one Lingua cannot place, counts as English:
/// the figure rules then decide, as before. Thread-safe; the detector is built once, on first use.</remarks>
internal static class LanguageIdentifier
{
    /// <summary>The code of English.</summary>
    public const string English = "en";

    /// <summary>How many characters of a text are looked at.</summary>
    public const int SampleLength = 1200;

    private static readonly FrozenSet<string> EnglishFunctionWords = new[]
    {
        "the", "of", "and", "to", "in", "a", "is", "was", "were", "are", "for", "on", "that", "with", "by", "at", "from", "as", "has", "have",
        "had", "it", "its", "this", "be", "been", "said", "he", "she", "they", "their", "which", "who", "an", "or", "but", "not", "after",
        "will", "would", "more", "than", "about", "his", "her", "people", "into", "there", "also", "when", "we", "you", "i", "our", "all",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<LanguageDetector?> Detector = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The language of <paramref name="text"/>: an ISO 639-1 code, <see cref="English"/> when the text is too short to tell.</summary>
    public static string Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var (words, english, latin, letters) = Count(sample);
        if (words < 8 || letters < 40)
        {
            return English; // a caption or a headline: too little to tell
        }
        if (english * 100 >= words * 12 && latin * 10 >= letters * 9)
        {
            return English;
        }
        var detector = Detector.Value;
        if (detector is null)
        {
            return English;
        }
        var language = detector.DetectLanguageOf(sample);
        return language == Lingua.Language.Unknown ? English : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    /// <summary>The English name of a language code ("de" → "German"), or the code itself.</summary>
    public static string NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) ? LanguageInfo.GetByIsoCode6391(iso).ToString() : code;
    }

    private static (int Words, int English, int Latin, int Letters) Count(string sample)
    {
        int words = 0, english = 0, latin = 0, letters = 0;
        var start = -1;
        Span<char> buffer = stackalloc char[6];
        var lookup = EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            if (char.IsLetter(c))
            {
                letters++;
                latin += c < 0x250 ? 1 : 0;
                if (start < 0)
                {
                    start = i;
                }
                continue;
            }
            if (start >= 0 && !(c is '\'' or '’' && i + 1 < sample.Length && char.IsLetter(sample[i + 1])))
            {
                words++;
                var word = sample.AsSpan(start, i - start);
                if (word.Length <= buffer.Length)
                {
                    var lower = buffer[..word.Length];
                    word.ToLowerInvariant(lower);
                    english += lookup.Contains(lower) ? 1 : 0;
                }
                start = -1;
            }
        }
        return (words, english, latin, letters);
    }

    private static LanguageDetector? Build()
    {
        try
        {
            return LanguageDetectorBuilder.FromLanguages(
                    Lingua.Language.English, Lingua.Language.German, Lingua.Language.French, Lingua.Language.Spanish, Lingua.Language.Italian,
                    Lingua.Language.Portuguese, Lingua.Language.Dutch, Lingua.Language.Russian, Lingua.Language.Ukrainian, Lingua.Language.Polish,
                    Lingua.Language.Turkish, Lingua.Language.Arabic, Lingua.Language.Persian, Lingua.Language.Hindi, Lingua.Language.Urdu,
                    Lingua.Language.Chinese, Lingua.Language.Japanese, Lingua.Language.Korean, Lingua.Language.Indonesian, Lingua.Language.Swedish)
                .WithLowAccuracyMode()
                .Build();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return null; // models missing from the output folder: every text counts as English, as before language identification
        }
    }
}
