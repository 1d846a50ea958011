using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using System.Runtime.InteropServices;
using Spectre.Console;
using Triangulate.Cli.Commands;
using Triangulate.Rendering;
using Triangulate.Storage;

namespace Triangulate.Cli;

/// <summary>Entry point of the <c>triangulate</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line; returns the exit code (see <see cref="ExitCode"/>).</summary>
    public static int Main(string[] args)
    {
        // A file-size limit (ulimit -f) would kill the process mid-write with SIGXFSZ and leave temporary files behind; handling the
        // signal turns the oversized write into an I/O error (EFBIG), which the writers clean up after and report as exit code 3.
        using var fileSizeLimit = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()
            ? PosixSignalRegistration.Create((PosixSignal)SignalFileSizeLimit, context => context.Cancel = true)
            : null;
        return Run(args, CliConsoles.System());
    }

    /// <summary>SIGXFSZ, the same number on Linux and macOS.</summary>
    private const int SignalFileSizeLimit = 25;

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
        root.Subcommands.Add(ServeCommand.Create(consoles));
        var parsed = root.Parse(args);
        var errors = parsed.Errors.Select(e => e.Message).Concat(UnknownOptions(parsed)).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                consoles.Error.MarkupLineInterpolated($"[red]error:[/] {Safe(error)}");
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
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {Safe(ex.Message)}");
            return (int)ExitCode.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or Storage.StoreBusyException)
        {
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] {Safe(ex.Message)}");
            return (int)ExitCode.Failure;
        }
        catch (DbException ex)
        {
            // A database that cannot be written (a folder, a read-only file, a full disk): one line, not a stack trace.
            consoles.Error.MarkupLineInterpolated($"[red]error:[/] database: {Safe(ex.Message)}");
            return (int)ExitCode.Failure;
        }
    }

    /// <summary>A message as it may be printed: control characters visible, any connection password masked.</summary>
    internal static string Safe(string message) => Printable.Escape(DossierStores.MaskSecrets(message));

    /// <summary>Command-line words that look like options (<c>--ouput</c>) but are none of the command's: a mistyped option must not be
    /// read as an input path. After a lone <c>--</c> every word is an argument, so a file named <c>--x</c> can still be given.</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parsed)
    {
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }
            if (token.Type == TokenType.Argument && token.Value.StartsWith("--", StringComparison.Ordinal) && token.Value.Length > 2)
            {
                yield return $"unknown option '{token.Value}' for '{parsed.CommandResult.Command.Name}' (see --help; a path that starts with -- goes after a lone --)";
            }
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
    /// <summary>Nothing could be done (no input readable, output or database not writable or not openable).</summary>
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
