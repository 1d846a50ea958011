namespace Triangulate.Extraction.Figures;

internal static class S10Toggle
{
    private static readonly string s_off = Environment.GetEnvironmentVariable("S10OFF") ?? string.Empty;

    public static bool On(string rule) => !s_off.Contains(rule, StringComparison.Ordinal);
}
