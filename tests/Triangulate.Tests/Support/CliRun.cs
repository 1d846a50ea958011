using Triangulate.Cli;

namespace Triangulate.Tests.Support;

/// <summary>Runs the <c>triangulate</c> command in-process with captured stdout and stderr.</summary>
public static class CliRun
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the exit code and what was written to stdout and stderr.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, CliConsoles.Plain(output, error));
        return (exit, output.ToString(), error.ToString());
    }
}
