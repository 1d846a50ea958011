#!/usr/bin/env bash
# Installs the PostgreSQL server binaries the store tests start (initdb, pg_ctl, postgres).
# Idempotent: does nothing when initdb is already there. The tests skip with a message when it is absent.
set -euo pipefail

find_initdb() {
  if [ -n "${TRIANGULATE_PG_BIN:-}" ] && [ -x "${TRIANGULATE_PG_BIN}/initdb" ]; then return 0; fi
  compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null && return 0
  command -v initdb > /dev/null 2>&1 && return 0
  return 1
}

if find_initdb; then
  echo "postgres: server binaries present ($(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -n1 || command -v initdb))"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres: initdb not found and not root; install the 'postgresql' package (the PostgreSQL store tests will skip)" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql > /dev/null
# The package starts a cluster on 5432 on some systems; the tests start their own on a free port, so stop it to save memory.
if command -v pg_ctlcluster > /dev/null 2>&1; then
  for c in $(ls /etc/postgresql 2>/dev/null); do pg_ctlcluster "$c" main stop 2>/dev/null || true; done
fi
find_initdb && echo "postgres: installed ($(ls -d /usr/lib/postgresql/*/bin | tail -n1))"
