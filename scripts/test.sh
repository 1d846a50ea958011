#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need (Chromium for the
# report's browser tests, when the installer exists and we are allowed to install), then `dotnet test`.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")/.."

# Each test area that needs a system package has its own idempotent installer (tests/*/install.sh):
# Chromium for the report's browser tests, PostgreSQL for the server-store tests.
if [ "${TRIANGULATE_SKIP_INSTALL:-0}" != "1" ]; then
  for installer in tests/*/install.sh; do
    [ -f "$installer" ] || continue
    bash "$installer" || echo "warning: $installer failed; the tests that need it will skip" >&2
  done
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test Triangulate.slnx -c Release "$@"
