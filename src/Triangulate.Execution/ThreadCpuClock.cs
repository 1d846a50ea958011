using System.Runtime.InteropServices;

namespace Triangulate.Execution;

/// <summary>The processor time one thread has used, readable from any other thread.</summary>
/// <remarks>
/// A time budget measured on the wall clock depends on how busy the machine is: the same document takes three times as
/// long with other work beside it, so a wall-clock budget could skip it on a loaded machine and keep it on a quiet one.
/// The processor time the document's own thread spends does not depend on the load, so budgets are checked against it
/// where the system can tell it (POSIX thread CPU clocks, Linux and others); elsewhere <see cref="ForCurrentThread"/>
/// returns null and callers fall back to the wall clock.
/// </remarks>
internal sealed class ThreadCpuClock
{
    private readonly int _clockId;

    private ThreadCpuClock(int clockId) => _clockId = clockId;

    /// <summary>The clock of the calling thread, or null where the system has no per-thread processor clock.</summary>
    public static ThreadCpuClock? ForCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        try
        {
            return GetCpuClockId(PthreadSelf(), out var clockId) == 0 && Now(clockId) is not null ? new ThreadCpuClock(clockId) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Processor time the thread has used since it started, or null if it can no longer be read.</summary>
    public TimeSpan? Elapsed => Now(_clockId);

    private static TimeSpan? Now(int clockId)
    {
        var spec = new TimeSpec();
        return ClockGetTime(clockId, ref spec) == 0 ? TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100)) : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole library; these signatures are blittable.
    [DllImport("libc", EntryPoint = "pthread_self")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nuint PthreadSelf();

    [DllImport("libc", EntryPoint = "pthread_getcpuclockid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetCpuClockId(nuint thread, out int clockId);

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, ref TimeSpec time);
#pragma warning restore SYSLIB1054
}
