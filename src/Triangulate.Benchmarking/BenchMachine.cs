using System.Globalization;
using System.Runtime.InteropServices;

namespace Triangulate.Benchmarking;

/// <summary>What the single-stage benchmarks share: the machine line every page starts with (so results from different
/// runs can be compared) and the loop over sizes.</summary>
public static class BenchMachine
{
    /// <summary>Runs <paramref name="run"/> for each positive size once, smallest first (so each size's peak working set
    /// is the process's peak up to it), reporting <paramref name="line"/> of each result to <paramref name="progress"/>.</summary>
    public static IReadOnlyList<T> RunSizes<T>(IEnumerable<int> sizes, Func<int, T> run, Func<T, string> line, Action<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(line);
        var results = new List<T>();
        foreach (var n in sizes.Where(s => s > 0).Distinct().Order())
        {
            var r = run(n);
            results.Add(r);
            progress?.Invoke(line(r));
        }
        return results;
    }

    /// <summary>Cores, operating system, runtime and architecture.</summary>
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}";

    /// <summary>"Machine: …; run yyyy-MM-dd HH:mm UTC."</summary>
    public static string Line() => string.Create(CultureInfo.InvariantCulture, $"Machine: {Describe()}; run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
}
