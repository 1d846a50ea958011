#!/usr/bin/env bash
# Side-by-side peer runs (issue 8), all on this machine in one go:
#   1. HTML article extraction on the Zyte article-extraction benchmark (181 pages): our HtmlArticleExtractor vs
#      Mozilla Readability 0.6.0 + jsdom 27.0.0 — F1/P/R/accuracy by our C# port of the benchmark's scorer, pages/s.
#   2. Recognizers-Text English specs: @microsoft/recognizers-text-suite 1.3.1 (numbers, units, dates) and
#      chrono-node 2.10.3 (dates) — pass rate and cases/s.
# Writes bench/results/peers.md and bench/results/peers.json.
# Needs: .NET 10 SDK, Node 20+, ../shared/peer-suites beside the repository (or PEER_SUITES=DIR).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
suites="${PEER_SUITES:-$repo/../shared/peer-suites}"
aeb="$suites/article-extraction-benchmark"
rt="$suites/recognizers-text"
tmp="$repo/bench/results/tmp"
mkdir -p "$tmp"
[ -f "$aeb/ground-truth.json" ] || { echo "no article-extraction benchmark at $aeb" >&2; exit 3; }

echo "== npm ci (peers' own packages, pinned by package-lock.json)" >&2
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

echo "== build our bench entry (Release)" >&2
dotnet build "$repo/bench/Triangulate.Bench" -c Release -v quiet -nologo >&2
bench="$repo/bench/Triangulate.Bench/bin/Release/net10.0/Triangulate.Bench.dll"

echo "== Readability.js over the AEB pages" >&2
node "$here/readability-aeb.mjs" "$aeb" "$tmp/readability_js.json" > "$tmp/readability-timing.json"

echo "== ours over the AEB pages (and scoring every prediction with the C# scorer)" >&2
dotnet "$bench" peers --aeb "$aeb" --out "$tmp/ours-aeb.json" --score "$tmp/readability_js.json" > "$tmp/aeb-scores.json"

rt_json="$tmp/recognizers.json"
if [ -d "$rt/Specs" ]; then
  echo "== Recognizers-Text and chrono-node over the Recognizers-Text specs" >&2
  node "$here/recognizers-specs.mjs" "$rt" > "$rt_json"
else
  echo '{}' > "$rt_json"
fi

ours_rt="$tmp/ours-recognizers.json"
if [ -d "$rt/Specs" ]; then
  echo "== our number/date layers over the same spec files (same pass rules as our tests)" >&2
  dotnet "$bench" peers-recognizers --specs "$rt" > "$ours_rt" || echo '{}' > "$ours_rt"
else
  echo '{}' > "$ours_rt"
fi

node "$here/report.mjs" "$tmp/aeb-scores.json" "$tmp/readability-timing.json" "$rt_json" "$repo/bench/results" "$ours_rt"
cat "$repo/bench/results/peers.md"
