using System.Text.Json;
using Triangulate.Extraction.Figures;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extraction.Figures;

public sealed class FigureFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.Fixtures, "Extraction", "Figures"), "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                data.Add(Path.GetFileNameWithoutExtension(file) + "/" + c.GetProperty("name").GetString());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_FixtureCase_ClaimsAsExpected(string id)
    {
        // Given
        var (file, name) = (id[..id.IndexOf('/', StringComparison.Ordinal)], id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Fixtures, "Extraction", "Figures", file + ".json")));
        var c = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        var text = c.GetProperty("text").GetString()!;

        // When
        var claims = new FigureExtractor().Extract("0123456789abcdef", text);

        // Then
        var expect = c.GetProperty("expect").EnumerateArray().ToList();
        Assert.True(expect.Count == claims.Count, $"expected {expect.Count} claims, got {claims.Count}: {string.Join(" | ", claims.Select(x => $"{x.Measure} {x.Value} '{x.Span}'"))}");
        for (var i = 0; i < expect.Count; i++)
        {
            var e = expect[i];
            var claim = claims[i];
            Assert.Equal(claim.Span, text[claim.Start..claim.End]);
            if (e.TryGetProperty("span", out var span))
            {
                Assert.Equal(span.GetString(), claim.Span);
            }
            Assert.Equal(e.GetProperty("measure").GetString(), claim.Measure);
            if (e.TryGetProperty("value", out var value))
            {
                Assert.Equal(value.GetInt64(), claim.Value);
            }
            if (e.TryGetProperty("low", out var low))
            {
                Assert.Equal(low.GetInt64(), claim.Low);
                Assert.Equal(e.GetProperty("high").GetInt64(), claim.High);
            }
            Assert.Equal(e.GetProperty("qualifier").GetString(), Triangulate.Evaluation.ClaimScorer.QualifierName(claim.Qualifier));
            if (e.TryGetProperty("who", out var who))
            {
                Assert.Equal(who.GetString(), claim.Who);
            }
            if (e.TryGetProperty("attributed_to", out var source))
            {
                Assert.Equal(source.ValueKind == JsonValueKind.Null ? null : source.GetString(), claim.AttributedTo);
            }
            if (e.TryGetProperty("place_scope", out var place))
            {
                Assert.Equal(place.GetString(), claim.PlaceScope?.Text);
            }
            if (e.TryGetProperty("increment", out var increment))
            {
                Assert.Equal(increment.GetBoolean(), claim.Increment);
            }
            if (e.TryGetProperty("time_scope", out var time))
            {
                Assert.Equal(time.GetString(), claim.TimeScope?.Text);
            }
            if (e.TryGetProperty("day_stated", out var day))
            {
                Assert.Equal(day.GetString(), claim.DayStated?.Text);
            }
            if (e.TryGetProperty("cumulative", out var cumulative))
            {
                Assert.Equal(cumulative.GetBoolean(), claim.Cumulative);
            }
            if (e.TryGetProperty("event_scope", out var scope))
            {
                Assert.Equal(scope.ValueKind == JsonValueKind.Null ? null : scope.GetString(), claim.EventScope);
            }
            if (e.TryGetProperty("confidence_at_most", out var confidence))
            {
                Assert.True(claim.Confidence <= confidence.GetDouble(), $"confidence {claim.Confidence} above {confidence.GetDouble()}");
                Assert.False(string.IsNullOrEmpty(claim.ConfidenceReason));
            }
            if (e.TryGetProperty("part_of", out var partOf))
            {
                Assert.Equal(claims[partOf.GetInt32()].Id, claim.PartOf);
            }
        }
    }
}
