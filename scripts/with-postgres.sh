#!/usr/bin/env bash
# Runs a command with PG_URL pointing at a PostgreSQL server, e.g.
#   scripts/with-postgres.sh npm run test:api:postgres
# PG_URL already set: that server is used as it is. Otherwise a throwaway cluster from
# Debian's packages (/usr/lib/postgresql/*/bin) starts on a free port with its data in a temp
# folder, and is stopped and removed when the command ends. initdb refuses to run as root, so
# as root the cluster runs as the `postgres` user that Debian's package creates.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG…]" >&2
  exit 2
fi
if [ -n "${PG_URL:-}" ]; then
  exec "$@"
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server (apt-get install -y postgresql), and PG_URL is not set" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/zeren-pg-XXXXXX")
as_owner() { "$@"; }
if [ "$(id -u)" = "0" ]; then
  chown postgres: "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi

# A free port: the kernel picks one for a socket we close straight away.
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

stop() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# Durability is not wanted from a throwaway test cluster: no fsync makes it several times faster.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port (data in $dir)" >&2
status=0
"$@" || status=$?
exit "$status"
