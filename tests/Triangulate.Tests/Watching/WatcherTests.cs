using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using Triangulate.Cli;
using Triangulate.Rendering;
using Triangulate.Storage;
using Triangulate.Tests.Support;
using Triangulate.Watching;
using static Triangulate.Tests.Support.LocalHttpServer;

namespace Triangulate.Tests.Watching;

/// <summary><c>watch</c> against a local HTTP server on 127.0.0.1 serving generated feeds: 304s, failures, timeouts, malformed feeds, politeness, a drop folder.</summary>
public sealed class WatcherTests : IDisposable
{
    private static readonly string[] s_places = ["Northvale", "Port Elwin", "Kestrel Bay", "Ardmoor", "Linden Falls", "Ossary", "Tamsk", "Greyhaven"];
    private static readonly string[] s_events = ["flood", "landslide", "factory fire", "bridge collapse", "storm", "earthquake"];

    private readonly TempDir _dir = new();
    private readonly LocalHttpServer _server = new();

    private static WatchOptions Fast => new()
    {
        Interval = TimeSpan.FromMilliseconds(100),
        RequestTimeout = TimeSpan.FromSeconds(5),
        PolitenessDelay = TimeSpan.Zero,
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        FolderSettleTime = TimeSpan.Zero,
        // The test server listens on 127.0.0.1, which the watcher refuses unless private addresses are allowed.
        AllowPrivateAddresses = true,
    };

    private static string Article(int i)
    {
        var place = s_places[i % s_places.Length];
        var what = s_events[i / s_places.Length % s_events.Length];
        var dead = 3 + (i * 7 % 40);
        return $"<p>At least {dead} people were killed in the {what} in {place} on Tuesday, the regional governor said in a statement.</p>" +
               $"<p>Rescue teams searched through the night and {dead * 3} people were taken to hospital, according to the health ministry (report {i}).</p>";
    }

    private static string Feed(IEnumerable<int> items, string title = "Test Wire")
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>");
        sb.Append($"<title>{title}</title><link>https://wire.example/</link><description>generated</description>");
        foreach (var i in items)
        {
            var date = new DateTimeOffset(2024, 5, 7, 8, 0, 0, TimeSpan.Zero).AddMinutes(i).ToString("R", CultureInfo.InvariantCulture);
            sb.Append($"<item><title>Report {i}: deaths in {s_places[i % s_places.Length]}</title><link>https://wire.example/a/{i}</link>");
            sb.Append($"<pubDate>{date}</pubDate><content:encoded>{SecurityElement.Escape(Article(i))}</content:encoded></item>");
        }
        sb.Append("</channel></rss>");
        return sb.ToString();
    }

    /// <summary>Serves a feed whose items can change, with an ETag and 304 on a match.</summary>
    private void ServeConditional(string path, Func<List<int>> items)
    {
        _server.Route(path, (request, _) =>
        {
            var current = items();
            var etag = $"\"v{string.Join('-', current)}\"".GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture);
            etag = $"\"{etag}\"";
            if (request.Headers["If-None-Match"] == etag)
            {
                return new Reply(304, "");
            }
            return new Reply(200, Feed(current)) { Headers = [("ETag", etag)] };
        });
    }

    private Watcher NewWatcher(WatchTargets targets, IDossierStore store, WatchOptions? options = null) =>
        new(targets, store, _dir.File("out"), [Renderers.Find("json")!], options ?? Fast);

    [Fact]
    public async Task PollOnce_FeedUnchanged_SecondPollIs304AndWritesNothing()
    {
        var items = new List<int> { 1, 2, 3 };
        ServeConditional("/feed.xml", () => items);
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/feed.xml")], null), store);
        var first = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Empty(first.Problems);
        Assert.Equal(3, first.NewDocuments);
        Assert.Contains(first.Written, f => f.EndsWith("dossier.json", StringComparison.Ordinal));
        var written = File.GetLastWriteTimeUtc(_dir.File("out/dossier.json"));

        var second = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, second.FeedsNotModified);
        Assert.Equal(0, second.NewDocuments);
        Assert.Empty(second.Written);
        Assert.Equal(written, File.GetLastWriteTimeUtc(_dir.File("out/dossier.json")));
        Assert.NotNull(_server.Log.Last().IfNoneMatch);
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public async Task PollOnce_ArticleAddedToFeed_PickedUpAndDossierUpdatedWithinSeconds()
    {
        var items = new List<int> { 1, 2, 3, 4, 5 };
        ServeConditional("/feed.xml", () => items);
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/feed.xml")], null), store);
        await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(5, Triangulate.Model.DossierJson.Deserialize(File.ReadAllText(_dir.File("out/dossier.json")))!.Documents.Count);

        // Publish a new article; the next cycle picks it up. Measured: publish → dossier.json updated (one cycle; the poll interval adds to this).
        items.Insert(0, 6);
        var clock = Stopwatch.StartNew();
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        clock.Stop();
        Assert.Equal(1, cycle.NewDocuments);
        var dossier = Triangulate.Model.DossierJson.Deserialize(File.ReadAllText(_dir.File("out/dossier.json")))!;
        Assert.Equal(6, dossier.Documents.Count);
        Assert.Contains(dossier.Documents, d => d.Text.Contains("(report 6)", StringComparison.Ordinal));
        // A bound against hangs, not a speed target (the figure goes to the diagnostic log; CI shares its 2 cores).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"cycle took {clock.Elapsed}");
        TestContext.Current.SendDiagnosticMessage($"watch pick-up cycle: {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.NotNull(store.LoadDossier(_dir.File("out")));
    }

    [Fact]
    public async Task PollOnce_ServerFailsTwiceThenRecovers_RetriedAndIngested()
    {
        _server.Route("/flaky.xml", (_, n) => n <= 2 ? new Reply(500, "oops", "text/plain") : new Reply(200, Feed([10, 11])));
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/flaky.xml")], null), store);
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Empty(cycle.Problems);
        Assert.Equal(2, cycle.NewDocuments);
        Assert.Equal(3, _server.Hits("/flaky.xml"));
    }

    [Fact]
    public async Task PollOnce_ServerKeepsFailing_ProblemAfterRetriesOtherFeedsRead()
    {
        _server.Route("/down.xml", (_, _) => new Reply(503, "down", "text/plain"));
        _server.Route("/ok.xml", (_, _) => new Reply(200, Feed([20])));
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/down.xml"), _server.Url("/ok.xml")], null), store);
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        var problem = Assert.Single(cycle.Problems);
        Assert.Contains("/down.xml", problem.File, StringComparison.Ordinal);
        Assert.Contains("503", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(3, _server.Hits("/down.xml"));
        Assert.Equal(1, cycle.NewDocuments);
    }

    [Fact]
    public async Task PollOnce_SlowFeed_TimesOutWithinBoundOtherFeedsRead()
    {
        _server.Route("/slow.xml", (_, _) => new Reply(200, Feed([30])) { Delay = TimeSpan.FromSeconds(20) });
        _server.Route("/ok.xml", (_, _) => new Reply(200, Feed([31])));
        using var store = DossierStores.Open(_dir.File("w.db"));
        // One second leaves room for a loaded CI machine to deliver the request; two attempts still end far below 20 s.
        var options = Fast with { RequestTimeout = TimeSpan.FromSeconds(1), MaxRetries = 1 };
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/slow.xml"), _server.Url("/ok.xml")], null), store, options);
        var clock = Stopwatch.StartNew();
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        // The slow server answers after 20 s: finishing well before that shows the request timeout cut it off.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"cycle took {clock.Elapsed}");
        var problem = Assert.Single(cycle.Problems);
        Assert.Contains("timed out", problem.Reason, StringComparison.Ordinal);
        // The client's own count: on a busy machine the server may not have dispatched the retry before it was cut off.
        Assert.Contains("(2 attempt(s))", problem.Reason, StringComparison.Ordinal);
        Assert.InRange(_server.Hits("/slow.xml"), 1, 2);
        Assert.Equal(1, cycle.NewDocuments);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>x</title><item><title>cut")]
    [InlineData("this is not xml at all")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss version=\"2.0\"><channel><title>&a;</title></channel></rss>")]
    public async Task PollOnce_MalformedFeed_ProblemNamesTheFeedOthersRead(string body)
    {
        _server.Route("/bad.xml", (_, _) => new Reply(200, body));
        _server.Route("/ok.xml", (_, _) => new Reply(200, Feed([40, 41])));
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/bad.xml"), _server.Url("/ok.xml")], null), store);
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Contains(cycle.Problems, p => p.File.Contains("/bad.xml", StringComparison.Ordinal) && p.Severity == ProblemSeverity.Error);
        Assert.Equal(2, cycle.NewDocuments);
    }

    [Fact]
    public async Task PollOnce_TwoFeedsOnOneHost_RequestsSpacedByThePolitenessDelay()
    {
        _server.Route("/a.xml", (_, _) => new Reply(200, Feed([50])));
        _server.Route("/b.xml", (_, _) => new Reply(200, Feed([51])));
        using var store = DossierStores.Open(_dir.File("w.db"));
        // The server logs arrivals, so the first request's connection set-up can eat into the gap: a one-second delay
        // against an 800 ms floor leaves room for that on a loaded machine and still fails when no delay is kept.
        var options = Fast with { PolitenessDelay = TimeSpan.FromSeconds(1) };
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/a.xml"), _server.Url("/b.xml")], null), store, options);
        await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        var times = _server.Log.Select(l => l.At).Order().ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(800), $"gap {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task PollOnce_DropFolder_NewFilesIngestedUnchangedFilesNotReread()
    {
        var drop = Directory.CreateDirectory(_dir.File("drop")).FullName;
        File.WriteAllText(Path.Combine(drop, "a.html"), $"<html><head><title>Report 60</title></head><body><article>{Article(60)}</article></body></html>");
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(WatchTargets.Parse(drop), store);
        var first = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, 1), (first.FilesRead, first.NewDocuments));
        var idle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, 0), (idle.FilesRead, idle.NewDocuments));
        Assert.Empty(idle.Written);
        File.WriteAllText(Path.Combine(drop, "b.txt"), "Report 61\n\n" + Article(61).Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "\n\n", StringComparison.Ordinal));
        var next = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, 1), (next.FilesRead, next.NewDocuments));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task PollOnce_DropFolderWithAFifoAndALinkOut_SkippedWithOneWarningEach()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs and symbolic links");
        var drop = Directory.CreateDirectory(_dir.File("drop-edge")).FullName;
        File.WriteAllText(Path.Combine(drop, "a.html"), $"<html><head><title>Report 62</title></head><body><article>{Article(62)}</article></body></html>");
        using (var mk = Process.Start("mkfifo", [Path.Combine(drop, "pipe.txt")]))
        {
            await mk.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        File.CreateSymbolicLink(Path.Combine(drop, "leak.txt"), _dir.Write("outside.txt", "Report 63\n\nAt least 5 people were killed."));
        using var store = DossierStores.Open(_dir.File("edge.db"));
        using var watcher = NewWatcher(WatchTargets.Parse(drop), store);
        var poll = watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        var finished = await Task.WhenAny(poll, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == poll, "the watcher hung on the FIFO");
        var first = await poll;
        Assert.Equal(1, first.NewDocuments);
        Assert.Equal(["leak.txt", "pipe.txt"], first.Problems.Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.All(first.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        var second = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Empty(second.Problems);
    }

    [Fact]
    public async Task PollOnce_SameTextDroppedLaterUnderAnotherName_IsASecondDocument()
    {
        var drop = Directory.CreateDirectory(_dir.File("drop-copy")).FullName;
        var text = "Report 64\n\n" + Article(64).Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "\n\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(drop, "wire.txt"), text);
        using var store = DossierStores.Open(_dir.File("copy.db"));
        using var watcher = NewWatcher(WatchTargets.Parse(drop), store);
        Assert.Equal(1, (await watcher.PollOnceAsync(TestContext.Current.CancellationToken)).NewDocuments);
        File.WriteAllText(Path.Combine(drop, "syndicated.txt"), text);
        var second = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.True(second.NewDocuments == 1, $"files read {second.FilesRead}, problems: {string.Join("; ", second.Problems)}; stored: {string.Join("; ", store.Documents().Select(d => d.Id + " " + d.Source.File))}"); // as in one run over both files: the copy is its own document
        Assert.Equal(2, store.Count);
        var third = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, third.NewDocuments);
    }

    [Fact]
    public async Task RunAsync_BoundedCycles_StopsAndPicksUpAnArticlePublishedMeanwhile()
    {
        var items = new List<int> { 70 };
        ServeConditional("/feed.xml", () => items);
        using var store = DossierStores.Open(_dir.File("w.db"));
        using var watcher = NewWatcher(new WatchTargets([_server.Url("/feed.xml")], null), store);
        var cycles = new List<WatchCycle>();
        await watcher.RunAsync(c =>
        {
            cycles.Add(c);
            if (c.Cycle == 2)
            {
                lock (items)
                {
                    items.Add(71);
                }
            }
        }, maxCycles: 4, TestContext.Current.CancellationToken);
        Assert.Equal(4, cycles.Count);
        Assert.Equal([1, 0, 1, 0], cycles.Select(c => c.NewDocuments));
    }

    [Fact]
    public void Parse_OpmlAndUrlList_FeedsWithoutDuplicates()
    {
        var opml = _dir.Write("feeds.opml", """
            <?xml version="1.0"?><opml version="2.0"><head><title>f</title></head><body>
            <outline text="World"><outline text="A" type="rss" xmlUrl="https://a.example/rss"/><outline text="B" xmlUrl="http://b.example/atom.xml"/></outline>
            <outline text="A again" xmlUrl="https://a.example/rss"/></body></opml>
            """);
        Assert.Equal(["https://a.example/rss", "http://b.example/atom.xml"], WatchTargets.Parse(opml).Feeds.Select(u => u.ToString()));
        var list = _dir.Write("urls.txt", "# wires\nhttps://a.example/rss\n\n  https://c.example/feed  comment\n");
        Assert.Equal(["https://a.example/rss", "https://c.example/feed"], WatchTargets.Parse(list).Feeds.Select(u => u.ToString()));
        Assert.Throws<ArgumentException>(() => WatchTargets.Parse(_dir.Write("bad.txt", "ftp://x.example/feed\n")));
        Assert.Throws<ArgumentException>(() => WatchTargets.Parse(_dir.File("missing.txt")));
    }

    [Fact]
    public void Cli_WatchOnce_WritesDossierAndReportsNewArticles()
    {
        _server.Route("/feed.xml", (_, _) => new Reply(200, Feed([80, 81, 82])));
        var urls = _dir.Write("urls.txt", _server.Url("/feed.xml") + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(["watch", urls, "--once", "--db", _dir.File("cli.db"), "--out", _dir.File("cli-out"), "--format", "json", "--politeness", "0", "--allow-private"],
            CliConsoles.Plain(output, error));
        Assert.True(exit == 0, error.ToString());
        Assert.Contains("3 new article(s)", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(_dir.File("cli-out/dossier.json")));
    }

    [Theory]
    [InlineData("file:///etc/hostname")]
    [InlineData("data:text/plain,hello")]
    [InlineData("unix:/var/run/docker.sock")]
    [InlineData("ftp://files.example/feed.xml")]
    public async Task Poll_RedirectToAnotherScheme_RefusedAsAProblemNotACrash(string location)
    {
        _server.Route("/moved.xml", (_, _) => new Reply(302, "") { Headers = [("Location", location)] });
        using var store = new SqliteDossierStore(_dir.File("redirect.db"));
        using var watcher = NewWatcher(WatchTargets.Parse(_server.Url("/moved.xml").ToString()), store);
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        var problem = Assert.Single(cycle.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("only http and https", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, cycle.NewDocuments);
        Assert.Equal(1, _server.Hits("/moved.xml")); // refused at once, not retried
    }

    [Fact]
    public async Task Poll_RedirectToAnotherHttpPath_FollowedWhenAllowed()
    {
        _server.Route("/old.xml", (_, _) => new Reply(301, "") { Headers = [("Location", "/new.xml")] });
        _server.Route("/new.xml", (_, _) => new Reply(200, Feed([90, 91])));
        using var store = new SqliteDossierStore(_dir.File("follow.db"));
        using var watcher = NewWatcher(WatchTargets.Parse(_server.Url("/old.xml").ToString()), store);
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        Assert.Empty(cycle.Problems);
        Assert.Equal(2, cycle.NewDocuments);
    }

    [Fact]
    public async Task Poll_PrivateAddressWithoutPermission_RefusedBeforeAnyRequest()
    {
        _server.Route("/feed.xml", (_, _) => new Reply(200, Feed([95])));
        using var store = new SqliteDossierStore(_dir.File("private.db"));
        using var watcher = NewWatcher(WatchTargets.Parse(_server.Url("/feed.xml").ToString()), store, Fast with { AllowPrivateAddresses = false });
        var cycle = await watcher.PollOnceAsync(TestContext.Current.CancellationToken);
        var problem = Assert.Single(cycle.Problems);
        Assert.Contains("--allow-private", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits("/feed.xml"));
    }

    [Fact]
    public async Task Fetch_PrivateAddressLiteral_RefusedWithoutConnecting()
    {
        using var fetcher = new FeedFetcher(Fast with { AllowPrivateAddresses = false });
        var result = await fetcher.FetchAsync(new Uri("http://192.168.1.1/feed.xml"), TestContext.Current.CancellationToken);
        Assert.Contains("private or local", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Status);
        Assert.NotNull(FeedFetcher.Refusal(new Uri("http://localhost:8080/feed"), allowPrivate: false));
        Assert.Null(FeedFetcher.Refusal(new Uri("http://localhost:8080/feed"), allowPrivate: true));
        Assert.Null(FeedFetcher.Refusal(new Uri("https://news.example/feed"), allowPrivate: false));
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.0.10", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void IsPublic_ClassifiesAddresses(string address, bool expected) =>
        Assert.Equal(expected, FeedFetcher.IsPublic(System.Net.IPAddress.Parse(address)));

    [Fact]
    public void Cli_WatchLoopbackFeedWithoutAllowPrivate_FailsWithAProblem()
    {
        _server.Route("/feed.xml", (_, _) => new Reply(200, Feed([97])));
        var urls = _dir.Write("urls-private.txt", _server.Url("/feed.xml") + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(["watch", urls, "--once", "--db", _dir.File("cli-private.db"), "--out", _dir.File("cli-private-out"), "--format", "json", "--politeness", "0"],
            CliConsoles.Plain(output, error));
        Assert.Equal(1, exit);
        Assert.Contains("--allow-private", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits("/feed.xml"));
    }

    public void Dispose()
    {
        _server.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
