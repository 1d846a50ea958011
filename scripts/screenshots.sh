#!/usr/bin/env bash
# Regenerates the screenshots in docs/ with the headless Chromium of the browser tests (tests/browser/install.sh):
#   docs/report-desktop.png, docs/report-phone.png  the sample's dossier.html at 1280 and 390 px
#   docs/serve-desktop.png, docs/serve-phone.png    `triangulate serve` over a small store
# Usage: scripts/screenshots.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/browser/install.sh
if [ "${1:-}" != "--no-build" ]; then
  dotnet build tests/Triangulate.Tests -c Release
fi
runner=tests/Triangulate.Tests/bin/Release/net10.0/Triangulate.Tests
TRIANGULATE_SCREENSHOTS_SAMPLE=docs "$runner" -method '*SampleReport_Opens_NoConsoleErrors'
TRIANGULATE_SCREENSHOTS=docs "$runner" -method '*Serve_StoryListToTileToSentence_AtPhoneWidth'
ls -l docs/*.png
