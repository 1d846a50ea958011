using System.Globalization;
using System.Runtime.InteropServices;

namespace Triangulate.Benchmarking;

/// <summary>The machine line every benchmark page starts with, so results from different runs can be compared.</summary>
public static class BenchMachine
{
    /// <summary>Cores, operating system, runtime and architecture.</summary>
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}";

    /// <summary>"Machine: …; run yyyy-MM-dd HH:mm UTC."</summary>
    public static string Line() => string.Create(CultureInfo.InvariantCulture, $"Machine: {Describe()}; run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
}
