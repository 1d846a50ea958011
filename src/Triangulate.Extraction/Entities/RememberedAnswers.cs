using System.Collections.Concurrent;

namespace Triangulate.Extraction.Entities;

/// <summary>Answers that depend on their key alone, remembered across documents and threads up to a bound (a story names the same
/// people and places in every article; an archive keeps bringing them back).</summary>
/// <remarks>The bound is kept by a counter, not by <see cref="ConcurrentDictionary{TKey, TValue}.Count"/>: that property takes
/// every lock of the table, and once the table is full it was read on every miss (on the 10k bench, about half the time of
/// <see cref="NameFold.TranslitKeyRemembered"/> and <see cref="EntityResolver.KeyOf"/>). Remembering never changes an answer,
/// only how soon it comes.</remarks>
/// <threadsafety>Thread-safe.</threadsafety>
internal sealed class RememberedAnswers<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers = new(comparer);
    private int _count;

    /// <summary>The remembered answer for <paramref name="key"/>, if any.</summary>
    public bool TryGet(TKey key, out TValue value) => _answers.TryGetValue(key, out value!);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> while fewer than the bound are remembered.</summary>
    public void Remember(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) < capacity && _answers.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
