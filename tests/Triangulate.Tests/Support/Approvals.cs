using System.Text.RegularExpressions;

namespace Triangulate.Tests.Support;

/// <summary>
/// Compares text against a checked-in <c>*.verified.*</c> file under <c>tests/Triangulate.Tests/Expectations</c>.
/// With <c>TRIANGULATE_ACCEPT=1</c> the file is rewritten instead (run <c>scripts/accept-outputs.sh</c>), so an intended
/// change is one command and shows up as a diff in review.
/// </summary>
public static partial class Approvals
{
    /// <summary>The folder the expected files live in (in the source tree, not the test binary's copy).</summary>
    public static string Folder => Path.Combine(Paths.Repo, "tests", "Triangulate.Tests", "Expectations");

    /// <summary>True when the run should rewrite expected files rather than compare.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable("TRIANGULATE_ACCEPT") == "1";

    /// <summary>Asserts that <paramref name="actual"/> equals the expected file <paramref name="name"/> (line endings ignored).</summary>
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{name} has no expected file; run scripts/accept-outputs.sh to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }
        Assert.Fail($"{name} differs from its expected file{FirstDifference(expected, actual)}\n" +
            "If the change is intended, run scripts/accept-outputs.sh (or the test with TRIANGULATE_ACCEPT=1) and commit the diff.");
    }

    /// <summary>Replaces what changes between machines and releases (the generator's version) by a placeholder.</summary>
    public static string Normalise(string text) => Version().Replace(text, "triangulate <version>");

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $" at line {i + 1}:\n  expected: {Clip(el)}\n  actual:   {Clip(al)}";
            }
        }
        return "";
    }

    private static string Clip(string line) => line.Length > 300 ? line[..300] + "…" : line;

    [GeneratedRegex(@"triangulate \d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?")]
    private static partial Regex Version();
}
