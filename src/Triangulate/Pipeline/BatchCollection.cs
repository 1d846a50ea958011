using System.Runtime;

namespace Triangulate.Pipeline;

/// <summary>Holds the garbage collector in batch mode (blocking, compacting collections) while a bulk phase runs.</summary>
/// <remarks>
/// In the archive mode every document waits in the queues and the store batch long enough to reach the oldest
/// generation and then dies there. Background collections only sweep that generation, so the heap grew to about three
/// times what was live (1M articles: 2.6 GB peak); blocking collections compact it. The latency mode is process-wide,
/// so overlapping scopes are counted: the first one in switches to batch mode, the last one out restores the mode
/// that was set before.
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class BatchCollection
{
    private static readonly Lock s_gate = new();
    private static int s_holders;
    private static GCLatencyMode s_saved;

    /// <summary>Switches to batch collection until the returned scope is disposed.</summary>
    public static Scope Enter()
    {
        lock (s_gate)
        {
            if (s_holders++ == 0)
            {
                s_saved = GCSettings.LatencyMode;
                GCSettings.LatencyMode = GCLatencyMode.Batch;
            }
        }
        return new Scope(active: true);
    }

    /// <summary>Ends a <see cref="Enter"/> scope; the default value is a scope that changes nothing.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly bool _active;

        internal Scope(bool active) => _active = active;

        /// <inheritdoc/>
        public void Dispose()
        {
            if (!_active)
            {
                return;
            }
            lock (s_gate)
            {
                if (--s_holders == 0)
                {
                    GCSettings.LatencyMode = s_saved;
                }
            }
        }
    }
}
