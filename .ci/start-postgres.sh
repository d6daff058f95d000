#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:${PGPORT:-54329} for the tests.
# Prints the URL to use as CLINICDESK_TEST_PG_URL. Idempotent.
set -euo pipefail
PGPORT=${PGPORT:-54329}
PGDATA=${PGDATA_DIR:-/tmp/clinicdesk-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA"
  as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# one role must log in with a password (the tests of a missing keyring entry); first match wins
PW_LINE="host all cd_password_test 127.0.0.1/32 scram-sha-256"
if ! grep -qF "$PW_LINE" "$PGDATA/pg_hba.conf"; then
  as_pg sed -i "1i $PW_LINE" "$PGDATA/pg_hba.conf"
  as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1 && as_pg "$BIN/pg_ctl" -D "$PGDATA" reload >/dev/null
fi
if ! as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c max_connections=200" start >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"
