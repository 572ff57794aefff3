#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 (a free port, a temp dir, run as the
# postgres user) and prints the shell lines that point the server suite at it:
#   eval "$(bash test/setup/start-postgres.sh)"
# The cluster stops by itself when the shell that ran this exits (a watchdog follows that shell),
# or at once with: bash -c "$RAPPORT_TEST_PG_STOP".
set -euo pipefail

bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
[ -x "$bin/postgres" ] || { echo "PostgreSQL 15 is not installed in $bin (apt-get install postgresql)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir="$(mktemp -d /tmp/rapport-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres rapport_test

stop="runuser -u postgres -- $bin/pg_ctl -D $dir/data -m fast stop >/dev/null 2>&1; rm -rf $dir"
[ "$(id -u)" = 0 ] || stop="$bin/pg_ctl -D $dir/data -m fast stop >/dev/null 2>&1; rm -rf $dir"

# The watchdog must not hold our stdout open, or `$(...)` would wait for it.
watched="${RAPPORT_PG_WATCH_PID:-$PPID}"
nohup bash -c "while kill -0 $watched 2>/dev/null; do sleep 2; done; $stop" >/dev/null 2>&1 </dev/null &

echo "export RAPPORT_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/rapport_test"
echo "export RAPPORT_TEST_PG_STOP='$stop'"
