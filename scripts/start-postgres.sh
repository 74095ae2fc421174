#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the tests (installs Debian's postgresql when missing).
# max_connections is raised: the suite opens many short-lived engines (one per app, per fixture) in one process.
# Prints the database URL; .ci/run exports it as TECHDIP_TEST_PG. Usage: scripts/start-postgres.sh [PORT]
set -euo pipefail
port="${1:-55432}"
datadir="${TECHDIP_PG_DIR:-/tmp/techdip-pg-$port}"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >/dev/null
fi
bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")
run_as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  rm -rf "$datadir"
  mkdir -p "$datadir"
  [ "$(id -u)" = 0 ] && chown postgres "$datadir"
  run_as_postgres "'$bin/initdb' -D '$datadir' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  run_as_postgres "'$bin/pg_ctl' -D '$datadir' -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500' -l '$datadir/log' -w start >/dev/null"
fi
"$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='techdip_test'" | grep -q 1 \
  || "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE techdip_test" >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/techdip_test"
