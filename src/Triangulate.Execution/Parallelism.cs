namespace Triangulate.Execution;

/// <summary>How much parallelism the library's inner loops use on the current thread.</summary>
/// <remarks>
/// Passes and detectors run their per-document loops in parallel, which is right for one dossier. When a caller
/// already runs one unit of work per core (the archive mode analyses a story cluster per core), nested parallel loops
/// only add scheduling and spinning, so that caller marks its worker threads with <see cref="Sequential"/> and the
/// inner loops run on the calling thread.
/// </remarks>
/// <threadsafety>Per thread: a scope affects only the thread that opened it.</threadsafety>
public static class Parallelism
{
    [ThreadStatic]
    private static int t_sequential;

    /// <summary>True inside a <see cref="Sequential"/> scope on this thread.</summary>
    public static bool IsSequential => t_sequential > 0;

    /// <summary>Options for an inner parallel loop: every core, or one thread inside a <see cref="Sequential"/> scope.</summary>
    public static ParallelOptions Options(CancellationToken cancellationToken) => new()
    {
        CancellationToken = cancellationToken,
        MaxDegreeOfParallelism = IsSequential ? 1 : Environment.ProcessorCount,
    };

    /// <summary>Runs the inner loops of this thread sequentially until the scope is disposed.</summary>
    public static Scope Sequential()
    {
        t_sequential++;
        return new Scope(active: true);
    }

    /// <summary>Ends a <see cref="Sequential"/> scope; the default value is a scope that changes nothing.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly bool _active;

        internal Scope(bool active) => _active = active;

        /// <inheritdoc/>
        public void Dispose()
        {
            if (_active)
            {
                t_sequential--;
            }
        }
    }
}
