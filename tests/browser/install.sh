#!/usr/bin/env bash
# Installs what the browser tests need: Debian's headless-capable Chromium at /usr/bin/chromium.
# Idempotent: does nothing when Chromium is already there. Nothing is downloaded at test time;
# Playwright for .NET drives this Chromium through the node driver shipped inside its NuGet package.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "browser tests: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "browser tests: need root (or sudo) to apt-get install chromium; the browser tests will skip" >&2
    exit 0
  fi
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests: no apt-get on this machine; install chromium at /usr/bin/chromium by hand, or the browser tests will skip" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# fonts-liberation / fonts-dejavu-core give the screenshots real metrics instead of fallback boxes.
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-dejavu-core >/dev/null
echo "browser tests: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
