using System.Text;

namespace Triangulate.Rendering;

/// <summary>Renders one section of a report so that its failure loses only that section: the text is built apart and
/// appended whole, or replaced by a visible note, and the failure is recorded as a problem.</summary>
/// <remarks>A bug or a hostile value in one section (a dossier edited by hand, a value no renderer expected) must not lose
/// the file: the other sections are complete. I/O failures are not caught here; they belong to the file write.</remarks>
internal static class RenderGuard
{
    /// <summary>Renders <paramref name="render"/> into <paramref name="target"/>; on an exception takes back what the section wrote, appends <paramref name="note"/>'s text instead and records a problem.</summary>
    /// <param name="target">The report being built.</param>
    /// <param name="file">The output file name, for the problem (e.g. <c>dossier.md</c>).</param>
    /// <param name="section">The section's name, for the note and the problem.</param>
    /// <param name="render">Writes the section at the end of the buffer it is given (only appends).</param>
    /// <param name="note">Writes the note in place of the section, given the buffer and the one-line reason.</param>
    /// <param name="problems">Receives the problem, when not null.</param>
    /// <returns>True when the section rendered.</returns>
    public static bool Section(StringBuilder target, string file, string section, Action<StringBuilder> render, Action<StringBuilder, string> note,
        ICollection<Problem>? problems)
    {
        // Written in place (no scratch copy of every section): a failed section is cut back to where it started.
        var start = target.Length;
        try
        {
            render(target);
            return true;
        }
        catch (Exception ex) when (IsSectionFailure(ex))
        {
            target.Length = start;
            var reason = Reason(ex);
            note(target, reason);
            problems?.Add(Problem(file, section, reason));
            return false;
        }
    }

    /// <summary>The problem recorded for a section that could not be rendered.</summary>
    public static Problem Problem(string file, string section, string reason) =>
        new(file, $"section '{section}' could not be rendered ({reason}); a note stands in its place and the rest of the file is complete", ProblemStage.Render);

    /// <summary>One line describing the failure, without line breaks.</summary>
    public static string Reason(Exception ex) => (ex.GetType().Name + ": " + ex.Message).ReplaceLineEndings(" ");

    /// <summary>Failures a section guard absorbs: anything but cancellation and I/O, which concern the whole write.</summary>
    public static bool IsSectionFailure(Exception ex) => ex is not OperationCanceledException and not IOException and not UnauthorizedAccessException;
}
