using System.Globalization;
using Orleans.TestingHost;
using Xunit;

namespace Triangulate.Cluster.Tests.Support;

/// <summary>What the cluster tests share: corpus sizes from the environment, the measured figure they report, and a
/// 3-silo in-process cluster that is always stopped and released.</summary>
internal static class ClusterTestKit
{
    /// <summary>A positive whole number from <paramref name="variable"/>, else <paramref name="fallback"/>.</summary>
    public static int SizeFromEnvironment(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    /// <summary>Sends the measured figure to the test log, and appends it to <c>TRIANGULATE_CLUSTER_FIGURE</c> when set.</summary>
    public static async Task ReportFigureAsync(string figure, CancellationToken cancellationToken)
    {
        TestContext.Current.SendDiagnosticMessage(figure);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_CLUSTER_FIGURE") is { Length: > 0 } figureFile)
        {
            await File.AppendAllTextAsync(figureFile, figure + Environment.NewLine, cancellationToken);
        }
    }

    /// <summary>Deploys 3 silos in this process (TestingHost) with in-memory grain state.</summary>
    public static async Task<ThreeSilos> StartThreeSilosAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<MemoryGrainState>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new ThreeSilos(cluster);
    }

    /// <summary>A deployed in-process cluster; disposing stops the silos and releases pooled SQLite connections.</summary>
    public sealed class ThreeSilos(TestCluster cluster) : IAsyncDisposable
    {
        public TestCluster Cluster { get; } = cluster;

        public async ValueTask DisposeAsync()
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
