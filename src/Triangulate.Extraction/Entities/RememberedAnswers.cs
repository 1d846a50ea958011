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

    /// <summary>The remembered answer for <paramref name="key"/>, else <paramref name="compute"/>'s, remembered while fewer than the
    /// bound are.</summary>
    /// <param name="key">What the answer depends on.</param>
    /// <param name="compute">Computes the answer; a static lambda or method, so no closure is allocated per call.</param>
    public TValue Get(TKey key, Func<TKey, TValue> compute) => Get(key, compute, static (k, f) => f(k));

    /// <summary>As <see cref="Get(TKey, Func{TKey, TValue})"/>, with a state passed to <paramref name="compute"/> (an instance
    /// whose method computes the answer) so that no closure is allocated per call.</summary>
    /// <param name="key">What the answer depends on.</param>
    /// <param name="state">Passed to <paramref name="compute"/>.</param>
    /// <param name="compute">Computes the answer from the key and the state.</param>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }
        var answer = compute(key, state);
        if (Volatile.Read(ref _count) < capacity && _answers.TryAdd(key, answer))
        {
            Interlocked.Increment(ref _count);
        }
        return answer;
    }
}
