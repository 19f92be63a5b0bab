#!/usr/bin/env bash
# Make sure a PostgreSQL server for the tests listens on 127.0.0.1:$PORT.
# Installs Debian's postgresql when it is missing (as root), creates a throw-away cluster
# under $DIR and starts it. Idempotent: does nothing when the server already answers.
set -euo pipefail
PORT=${SHORTLIST_TEST_PGPORT:-55432}
DIR=${SHORTLIST_TEST_PGDATA:-/tmp/shortlist-test-pg}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "error: PostgreSQL is not installed; run 'apt-get install postgresql' as root" >&2
    exit 1
  fi
  echo "installing Debian's postgresql package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  exit 0
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  as_owner "$BIN/initdb -D '$DIR' -U postgres --auth=trust -E UTF8 >/dev/null"
fi
as_owner "$BIN/pg_ctl -D '$DIR' -l '$DIR/server.log' -w -t 60 \
  -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off\" start >/dev/null"
echo "PostgreSQL listening on 127.0.0.1:$PORT" >&2
