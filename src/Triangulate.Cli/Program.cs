using System.CommandLine;
using Spectre.Console;
using Triangulate.Cli.Commands;

namespace Triangulate.Cli;

/// <summary>Entry point of the <c>triangulate</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; returns the exit code (see <see cref="ExitCode"/>).</summary>
    public static int Main(string[] args) => Run(args, CliConsoles.System());

    /// <summary>Runs the command line against the given consoles (tests pass recording consoles).</summary>
    public static int Run(string[] args, CliConsoles consoles)
    {
        ArgumentNullException.ThrowIfNull(consoles);
        var root = new RootCommand("triangulate: a sourced, reconciled dossier from a pile of news articles about one event.");
        root.Subcommands.Add(AnalyzeCommand.Create(consoles));
        root.Subcommands.Add(IngestCommand.Create(consoles));
        root.Subcommands.Add(ExportCommand.Create(consoles));
        root.Subcommands.Add(EvalCommand.Create(consoles));
        root.Subcommands.Add(BenchCommand.Create(consoles));
        root.Subcommands.Add(WatchCommand.Create(consoles));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                consoles.Error.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            }
            consoles.Error.MarkupLine("Run [bold]triangulate --help[/] for usage.");
            return (int)ExitCode.Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = consoles.OutWriter, Error = consoles.ErrorWriter, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return (int)ExitCode.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or Storage.StoreBusyException)
        {
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return (int)ExitCode.Failure;
        }
    }
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
    /// <summary>Nothing could be done (no input readable, output or database not writable).</summary>
    Failure = 3,
}

/// <summary>A command-line mistake found after parsing (e.g. an unknown format name).</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UsageException() { }

    /// <summary>Creates the exception with a message.</summary>
    public UsageException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public UsageException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The consoles a command writes to: results on stdout, diagnostics and progress on stderr.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, warnings, progress.</param>
/// <param name="OutWriter">Raw writer behind <paramref name="Out"/> (for help text).</param>
/// <param name="ErrorWriter">Raw writer behind <paramref name="Error"/>.</param>
public sealed record CliConsoles(IAnsiConsole Out, IAnsiConsole Error, TextWriter OutWriter, TextWriter ErrorWriter)
{
    /// <summary>The process's stdout and stderr.</summary>
    public static CliConsoles System()
    {
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Redirected output (files, pipes, CI logs) should not be wrapped at 80 columns.
        if (Console.IsOutputRedirected)
        {
            output.Profile.Width = 1000;
        }
        if (Console.IsErrorRedirected)
        {
            error.Profile.Width = 1000;
        }
        return new(output, error, Console.Out, Console.Error);
    }

    /// <summary>Consoles writing to the given writers without colour or interaction (tests, pipes).</summary>
    public static CliConsoles Plain(TextWriter output, TextWriter error)
    {
        var o = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        var e = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        o.Profile.Width = 1000;
        e.Profile.Width = 1000;
        return new(o, e, output, error);
    }
}
