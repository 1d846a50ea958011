using System.Globalization;
using System.Text;

namespace Triangulate.Benchmarking;

/// <summary>A generated corpus of news-like articles about many events, with known copies and paraphrases, for scale tests.</summary>
/// <remarks>Words come from a Zipf-distributed vocabulary of invented words (as in real text, a few words are everywhere and most
/// are rare); each event adds its own names. Every tenth document is a copy of an earlier one, every tenth + 5 a paraphrase.</remarks>
internal static class ReuseCorpus
{
    private const int Vocabulary = 20000;

    /// <summary>Builds the documents and, for each, the index of the original it derives from (itself for originals).</summary>
    public static (List<DossierDocument> Documents, int[] Root) Build(int count, int seed = 7)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, Vocabulary).Select(_ => Word(random, lower: true)).ToArray();
        // Zipf(1) cumulative weights for sampling.
        var cumulative = new double[Vocabulary];
        var total = 0.0;
        for (var i = 0; i < Vocabulary; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        string Common()
        {
            var x = random.NextDouble() * total;
            var k = Array.BinarySearch(cumulative, x);
            return words[k < 0 ? ~k : k];
        }
        var docs = new List<DossierDocument>(count);
        var root = new int[count];
        for (var i = 0; i < count; i++)
        {
            string text;
            root[i] = i;
            if (i % 10 == 9 && i > 10)
            {
                var source = random.Next(i - 1);
                root[i] = root[source];
                text = "Update from our desk. " + docs[source].Text;
            }
            else if (i % 10 == 5 && i > 10)
            {
                var source = random.Next(i - 1);
                root[i] = root[source];
                text = Paraphrase(docs[source].Text, random, Common);
            }
            else
            {
                text = Article(random, Common);
            }
            docs.Add(new DossierDocument("g" + i.ToString(CultureInfo.InvariantCulture), $"gen/{i:000000}.txt", text));
        }
        return (docs, root);
    }

    private static string Article(Random random, Func<string> common)
    {
        var names = Enumerable.Range(0, 6).Select(_ => Word(random, lower: false)).ToArray();
        var sb = new StringBuilder();
        var sentences = random.Next(8, 20);
        for (var s = 0; s < sentences; s++)
        {
            var length = random.Next(12, 26);
            sb.Append(names[random.Next(names.Length)]);
            for (var w = 1; w < length; w++)
            {
                var r = random.NextDouble();
                sb.Append(' ').Append(r < 0.12 ? names[random.Next(names.Length)] : r < 0.17 ? random.Next(2, 5000).ToString(CultureInfo.InvariantCulture) : common());
            }
            sb.Append(". ");
        }
        return sb.ToString().Trim();
    }

    // Keeps names and numbers, swaps a quarter of the other words.
    private static string Paraphrase(string text, Random random, Func<string> common)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < 0.25 && !words[i].Any(char.IsDigit) && !char.IsUpper(words[i][0]) && !words[i].EndsWith('.'))
            {
                words[i] = common();
            }
        }
        return string.Join(' ', words);
    }

    private static string Word(Random random, bool lower)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var sb = new StringBuilder();
        var syllables = random.Next(2, 5);
        for (var k = 0; k < syllables; k++)
        {
            sb.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        }
        if (!lower)
        {
            sb[0] = char.ToUpperInvariant(sb[0]);
        }
        return sb.ToString();
    }
}
