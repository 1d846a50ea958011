using Spectre.Console;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Progress;

/// <summary>Shows one progress task per stage on an interactive terminal; prints nothing otherwise (pipes, CI).</summary>
internal static class StageReporter
{
    /// <summary>Runs <paramref name="work"/> with progress on <paramref name="console"/> when it is interactive and not quiet.</summary>
    public static T Run<T>(IAnsiConsole console, bool quiet, Func<IProgress<StageProgress>, T> work)
    {
        if (quiet || !console.Profile.Capabilities.Interactive)
        {
            return work(new Progress<StageProgress>(_ => { }));
        }
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var reporter = new SyncProgress(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        foreach (var open in tasks.Values)
                        {
                            open.Value = open.MaxValue;
                        }
                        task = ctx.AddTask(p.Stage, maxValue: Math.Max(1, p.Total));
                        tasks[p.Stage] = task;
                    }
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Total == 0 ? 0 : p.Done;
                });
                result = work(reporter);
                foreach (var open in tasks.Values)
                {
                    open.Value = open.MaxValue;
                }
            });
        return result;
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<StageProgress> report) : IProgress<StageProgress>
    {
        public void Report(StageProgress value) => report(value);
    }
}
