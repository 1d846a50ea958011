#!/usr/bin/env bash
# Rewrites the checked-in expected outputs (tests/Triangulate.Tests/Expectations) from the current code:
# the sample's dossier.json, .md, CSVs and HTML text/data, and the public-API files. Review the diff, then commit it.
# Usage: scripts/accept-outputs.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  dotnet build tests/Triangulate.Tests -c Release
fi
TRIANGULATE_ACCEPT=1 tests/Triangulate.Tests/bin/Release/net10.0/Triangulate.Tests \
  -class '*SampleOutputTests' -class '*PublicApiTests'
git status --short tests/Triangulate.Tests/Expectations
