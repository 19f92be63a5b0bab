#!/usr/bin/env bash
# A SECOND PostgreSQL cluster for the reliability tests (load, faults), on 127.0.0.1:$PORT with
# its own data directory, so the fault tests can stop and restart it without touching the
# shared test server on 55432.
#
#   bash scripts/reliability-postgres.sh [start]   # install/initdb/start; idempotent
#   bash scripts/reliability-postgres.sh stop      # fast shutdown (open connections are cut)
#   bash scripts/reliability-postgres.sh restart   # pg_ctl restart -m fast
set -euo pipefail
export SHORTLIST_TEST_PGPORT=${SHORTLIST_RELIABILITY_PGPORT:-55433}
export SHORTLIST_TEST_PGDATA=${SHORTLIST_RELIABILITY_PGDATA:-/tmp/shortlist-reliability-pg}
HERE=$(cd "$(dirname "$0")" && pwd)
ACTION=${1:-start}

if [ "$SHORTLIST_TEST_PGPORT" = 55432 ]; then
  echo "error: 55432 is the shared test server; the reliability cluster needs its own port" >&2
  exit 2
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case "$ACTION" in
  start)
    exec bash "$HERE/test-postgres.sh"
    ;;
  stop | restart)
    BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    LOG=""
    [ "$ACTION" = restart ] && LOG="-l '$SHORTLIST_TEST_PGDATA/server.log'"
    as_owner "$BIN/pg_ctl -D '$SHORTLIST_TEST_PGDATA' $LOG -m fast -w -t 60 $ACTION >/dev/null"
    ;;
  *)
    echo "usage: $0 [start|stop|restart]" >&2
    exit 2
    ;;
esac
