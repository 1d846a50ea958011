#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need (Chromium for the
# report's browser tests, when the installer exists and we are allowed to install), then `dotnet test`.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -x tests/browser/install.sh ] && [ "${TRIANGULATE_SKIP_INSTALL:-0}" != "1" ]; then
  tests/browser/install.sh || echo "warning: browser install failed; browser tests will skip" >&2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test Triangulate.slnx -c Release "$@"
