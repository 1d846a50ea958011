namespace Triangulate.Cli;

/// <summary>Entry point of the <c>triangulate</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; returns the exit code (see <see cref="ExitCode"/>).</summary>
    public static int Main(string[] args) => (int)ExitCode.Ok;
}

/// <summary>What the process exit code means.</summary>
public enum ExitCode
{
    /// <summary>Everything was processed.</summary>
    Ok = 0,
    /// <summary>Some inputs failed (named on stderr); the rest was processed and written.</summary>
    Partial = 1,
    /// <summary>The command line was wrong.</summary>
    Usage = 2,
    /// <summary>Nothing could be done (e.g. no input readable, output not writable).</summary>
    Failure = 3,
}
