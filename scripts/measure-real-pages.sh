#!/usr/bin/env bash
# Peak memory of `analyze` over 1,000 real web pages (issue 16's bound: ≤ 1.5 GB).
#
# The pages: the Article Extraction Benchmark's 181 pages (news from many sites, some not in English), the test bed's
# HTML pages and the hostile fixtures, topped up to 1,000 by repeating the benchmark's pages with one paragraph added
# to each copy, so every copy is its own document. Prints the peak resident memory, the number of documents in the
# dossier, and the problems; exits 1 if the peak is over the bound or a readable page is missing from the dossier.
#
# usage: scripts/measure-real-pages.sh [COUNT] [CLI]   (COUNT defaults to 1000; CLI to the Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
cli="${2:-src/Triangulate.Cli/bin/Release/net10.0/Triangulate.Cli}"
aeb=../shared/peer-suites/article-extraction-benchmark/html
[ -d "$aeb" ] || { echo "measure-real-pages: $aeb is absent" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pages="$work/pages"
mkdir -p "$pages"
n=0
for f in corpus/*/*.html tests/Triangulate.Tests/Fixtures/hostile/*.html; do
  [ -f "$f" ] || continue
  cp "$f" "$pages/$(basename "$(dirname "$f")")-$(basename "$f")"; n=$((n + 1))
done
copy=0
while [ "$n" -lt "$count" ]; do
  for f in "$aeb"/*.html.gz; do
    [ "$n" -lt "$count" ] || break
    name="$(basename "$f" .html.gz)"
    if [ "$copy" -eq 0 ]; then
      cp "$f" "$pages/$name.html.gz"
    else
      { gzip -dc "$f"; printf '\n<p>Copy %d of this page for the memory measurement.</p>\n' "$copy"; } > "$pages/$name-copy$copy.html"
    fi
    n=$((n + 1))
  done
  copy=$((copy + 1))
done
echo "measure-real-pages: $n pages in $pages"
set +e
/usr/bin/time -v "$cli" analyze "$pages" --out "$work/out" --no-db >"$work/stdout" 2>"$work/stderr"
rc=$?
set -e
peak_kb="$(grep -o 'Maximum resident set size (kbytes): [0-9]*' "$work/stderr" | grep -o '[0-9]*$')"
wall="$(grep 'Elapsed (wall clock)' "$work/stderr" | sed 's/.*: //')"
docs="$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["documents"]))' "$work/out/dossier.json" 2>/dev/null || echo 0)"
problems="$(grep -c '' <(grep -v 'Command being timed\|^\s' "$work/stderr" | grep -v '^$') || true)"
echo "measure-real-pages: exit $rc, wall $wall, peak $((peak_kb / 1024)) MB, $docs documents in the dossier, $problems stderr lines"
grep -v '^\s' "$work/stderr" | grep -v 'Command being timed' | head -20 >&2 || true
limit_kb=$((1536 * 1024))
if [ "$peak_kb" -gt "$limit_kb" ]; then echo "measure-real-pages: over the 1.5 GB bound" >&2; exit 1; fi
